/**
 * `npm run import -- --file x.xlsx --unit 320402003 [--dry-run] [--format csv|xlsx] [--json]`:
 * imports a unit's inventory spreadsheet into DATABASE_URL (see runImportCommand).
 */
import "reflect-metadata";
import { inLocale, localeFromEnvironment } from "../src/common/i18n";
import { runImportCommand } from "../src/modules/inventory/import/import-command";
import { ImportCommandMessages } from "../src/modules/inventory/inventory.messages";

runImportCommand(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (error: Error) => {
    process.stderr.write(`${inLocale(ImportCommandMessages.importFailed(error.message), localeFromEnvironment(process.env))}\n`);
    process.exitCode = 1;
  },
);
