/** `npm run sharing:usage -- --file u.csv`: records the exchange platform's usage file (see runUsageCommand). */
import "reflect-metadata";
import { runUsageCommand } from "./modules/sharing";

runUsageCommand(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (error: Error) => {
    process.stderr.write(`Recording usage failed: ${error.message}\n`);
    process.exitCode = 1;
  },
);
