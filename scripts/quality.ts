/**
 * `npm run quality:load -- --file m.csv` and `npm run quality:refresh` (see runQualityCommand).
 */
import "reflect-metadata";
import { runQualityCommand } from "../src/modules/quality/quality-command";

runQualityCommand(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (error: Error) => {
    process.stderr.write(`Quality command failed: ${error.message}\n`);
    process.exitCode = 1;
  },
);
