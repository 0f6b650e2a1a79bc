/** `npm run findings:record`: one sweep of the findings ledger (see runFindingsCommand), e.g. from cron where the server does not run all day. */
import "reflect-metadata";
import { runFindingsCommand } from "./modules/findings";

runFindingsCommand().then(
  (status) => (process.exitCode = status),
  (error: Error) => {
    process.stderr.write(`Recording findings failed: ${error.message}\n`);
    process.exitCode = 1;
  },
);
