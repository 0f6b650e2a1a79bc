import { CatalogError } from "../../../common/errors";
import { DEFAULT_LOCALE, inLocale, type Locale, type Localised } from "../../../common/i18n";
import { ImportMessages } from "../inventory.messages";

export const SPREADSHEET_FORMAT_INVALID = "SPREADSHEET_FORMAT_INVALID";
/** Past one of SPREADSHEET_LIMITS (spreadsheet-limits.ts): too many columns, too long a cell, a zip that inflates too far. */
export const SPREADSHEET_TOO_LARGE = "SPREADSHEET_TOO_LARGE";

export interface SpreadsheetProblem {
  /** 1-based spreadsheet row (the header is row 1); 0 when the problem is the file as a whole. */
  row: number;
  /** The spreadsheet column letter ("A", "AB"), or null when no single column is at fault. */
  column: string | null;
  message: Localised;
}

/**
 * A file that cannot be read as the inventory template: not a spreadsheet of the format named,
 * headers missing, unknown or repeated, values under no header (SPREADSHEET_FORMAT_INVALID), or
 * past a reading bound (SPREADSHEET_TOO_LARGE). Domain values are not checked here.
 */
export class SpreadsheetFormatError extends CatalogError {
  constructor(
    readonly problems: SpreadsheetProblem[],
    code: typeof SPREADSHEET_FORMAT_INVALID | typeof SPREADSHEET_TOO_LARGE = SPREADSHEET_FORMAT_INVALID,
  ) {
    // The client reads the problems in its language (`extensionsIn`; Chinese unless asked); `problems` keeps both for the import's report.
    super(code, summarize(problems), problemsIn(problems, DEFAULT_LOCALE));
  }

  override extensionsIn(locale: Locale): Record<string, unknown> {
    return problemsIn(this.problems, locale);
  }
}

/** The problems as the answer's extensions, their messages in a language. */
function problemsIn(problems: SpreadsheetProblem[], locale: Locale): { problems: unknown[] } {
  return { problems: problems.map((p) => ({ ...p, message: inLocale(p.message, locale) })) };
}

function summarize(problems: SpreadsheetProblem[]): Localised {
  const shown = problems.slice(0, 3).map((p) => (p.row > 0 ? ImportMessages.atRow(p.row, p.column, p.message) : p.message));
  const more = problems.length - shown.length;
  return ImportMessages.notValidSpreadsheet(shown.map((m) => m.zh).join("；"), shown.map((m) => m.en).join("; "), more);
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
