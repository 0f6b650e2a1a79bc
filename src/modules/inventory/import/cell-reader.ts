/**
 * The import's cell reading: the typed value of each template cell (text, labels, numbers, dates,
 * yes/no), every bad cell reported with its row, its Chinese column and a code.
 */
import { CATALOG_COLUMNS, CatalogCells, CatalogColumnKey } from "../spreadsheet/catalog-template";
import { ImportProblemCode } from "./inventory-import.errors";
import { type LabelTable, yesNoLabels } from "./inventory-labels";
import type { Localised } from "../../../common/i18n";
import { ImportMessages } from "../inventory.messages";

/** The Chinese header of each template column, as problems name it. */
export const COLUMN_HEADER = new Map<CatalogColumnKey, string>(CATALOG_COLUMNS.map((c) => [c.key, c.header]));

const MAX_INT = 2_147_483_647;

/** Length in characters (code points), as a person counts them; JavaScript's length counts UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Where a cell's problem goes: the import's report. */
export interface ProblemReport {
  problem(row: number, key: CatalogColumnKey | null, code: string, message: Localised): void;
}

/** Reads the typed value of a row's cells, reporting each bad one. `undefined`: the column is absent (or its cell was bad). */
export class CellReader {
  ok = true;

  constructor(
    private readonly run: ProblemReport,
    readonly row: number,
    readonly cells: CatalogCells,
  ) {}

  fail(key: CatalogColumnKey, code: string, message: Localised): undefined {
    this.ok = false;
    this.run.problem(this.row, key, code, message);
    return undefined;
  }

  /** Text, null when empty. */
  text(key: CatalogColumnKey, max: number): string | null | undefined {
    const value = this.cells[key];
    if (value === undefined) return undefined;
    if (value === "") return null;
    if (value.length > max) {
      const length = codePointLength(value);
      if (length > max) return this.fail(key, ImportProblemCode.INVALID_TEXT, ImportMessages.tooLong(COLUMN_HEADER.get(key)!, max, length));
    }
    return value;
  }

  label<T extends string>(key: CatalogColumnKey, table: LabelTable<T>): T | null | undefined {
    const value = this.cells[key];
    if (value === undefined) return undefined;
    if (value === "") return null;
    const parsed = table.parse(value);
    if (parsed === undefined)
      return this.fail(key, ImportProblemCode.UNKNOWN_LABEL, ImportMessages.unknownLabel(value, COLUMN_HEADER.get(key)!, table.labels.join("、")));
    return parsed;
  }

  /** 是/否; an empty cell is 否. */
  yesNo(key: CatalogColumnKey): boolean | undefined {
    const value = this.cells[key];
    if (value === undefined) return undefined;
    if (value === "") return false;
    const parsed = yesNoLabels.parse(value);
    if (parsed === undefined) return this.fail(key, ImportProblemCode.UNKNOWN_LABEL, ImportMessages.notYesNo(value, COLUMN_HEADER.get(key)!));
    return parsed;
  }

  /** A whole number from `min`, thousands separators allowed; null when empty. */
  integer(key: CatalogColumnKey, min: number): number | null | undefined {
    const value = this.cells[key];
    if (value === undefined) return undefined;
    if (value === "") return null;
    const digits = /^\d{1,3}(,\d{3})+$/.test(value) ? value.replace(/,/g, "") : value;
    const number = /^\d+$/.test(digits) ? Number(digits) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > MAX_INT) {
      return this.fail(key, ImportProblemCode.INVALID_NUMBER, ImportMessages.notWholeNumber(value, min, MAX_INT, COLUMN_HEADER.get(key)!));
    }
    return number;
  }

  /** A calendar date as YYYY-MM-DD (also YYYY/M/D, YYYY.M.D, YYYY年M月D日, or a date-time at midnight); null when empty. */
  date(key: CatalogColumnKey): string | null | undefined {
    const value = this.cells[key];
    if (value === undefined) return undefined;
    if (value === "") return null;
    const match = /^(\d{4})(?:-|\/|\.|年)(\d{1,2})(?:-|\/|\.|月)(\d{1,2})日?(?:[ T]00:00(?::00(?:\.0+)?)?)?$/.exec(value);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900) {
        return `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      }
    }
    return this.fail(key, ImportProblemCode.INVALID_DATE, ImportMessages.notDate(value, COLUMN_HEADER.get(key)!));
  }
}
