/**
 * `npm run import -- --file x.xlsx --unit 320402003 [--dry-run] [--format csv|xlsx] [--json]`:
 * imports a unit's inventory spreadsheet into DATABASE_URL (see runImportCommand).
 */
import "reflect-metadata";
import { runImportCommand } from "../src/modules/inventory/import/import-command";

runImportCommand(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (error: Error) => {
    process.stderr.write(`Import failed: ${error.message}\n`);
    process.exitCode = 1;
  },
);
