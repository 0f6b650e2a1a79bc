import { CatalogError, CommonErrorCode } from "../../common/errors";
import { type Localised, text } from "../../common/i18n";
import { sharingMessages } from "./sharing.messages";
import type { UsageRecordInput } from "./sharing.service";

/** The header of a usage file, as the exchange platform writes it. */
const USAGE_FILE_HEADER = ["grantId", "date", "calls", "records"] as const;

/** One CSV line's cells (RFC 4180 quoting; a file of usage has no line breaks inside cells). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cell);
      cell = "";
    } else cell += c;
  }
  out.push(cell);
  return out.map((value) => value.trim());
}

/** A usage file that cannot be read as one; it keeps its text in both languages (the command writes the Chinese `message`). */
export class UsageFileError extends CatalogError {
  constructor(message: Localised) {
    super(CommonErrorCode.BAD_USER_INPUT, message, { field: "file" });
  }
}

/** A row's problem, each language's row prefix on that language's problem. */
function atRow(row: number, problem: Localised): Localised {
  return text(sharingMessages.csvRow(row, problem.zh).zh, sharingMessages.csvRow(row, problem.en).en);
}

/**
 * A usage CSV (`grantId,date,calls,records`, UTF-8, optional BOM) as records for
 * recordSharingUsage. Counts must be whole numbers; the service checks every other rule.
 */
export function parseUsageFile(text: string, maxRecords: number): UsageRecordInput[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const header = cells(lines[0] ?? "");
  if (header.join(",") !== USAGE_FILE_HEADER.join(",")) throw new UsageFileError(sharingMessages.csvHeader(USAGE_FILE_HEADER.join(",")));
  if (lines.length - 1 > maxRecords) throw new UsageFileError(sharingMessages.usageTooMany(maxRecords));
  return lines.slice(1).map((line, index) => {
    const [grantId = "", date = "", calls = "", records = ""] = cells(line);
    const count = (value: string, field: string) => {
      if (!/^\d{1,10}$/.test(value)) throw new UsageFileError(atRow(index + 2, sharingMessages.usageCount(field)));
      return Number(value);
    };
    return { grantId, date, calls: count(calls, "calls"), records: count(records, "records") };
  });
}
