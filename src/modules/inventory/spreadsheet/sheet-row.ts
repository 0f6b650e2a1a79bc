/** One row as a spreadsheet holds it, before the template's headers give its cells meaning. */
export interface SheetRow {
  /** 1-based, as Excel numbers rows. */
  rowNumber: number;
  /** Cell text by 0-based column index; a hole or undefined is an empty cell. */
  values: (string | undefined)[];
}
