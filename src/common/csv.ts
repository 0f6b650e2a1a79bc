/**
 * The one CSV cell encoding every CSV the server writes uses (inventory export, audit export):
 * RFC 4180 quoting, and OWASP's defence against CSV injection. A cell a spreadsheet program
 * would run as a formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage return — is
 * written behind a single quote (`'=SUM(A1)`), which Excel and LibreOffice show as text.
 * So that the guard can be taken off again exactly (the inventory import does, with
 * `withoutFormulaGuard`), a cell that already starts with quotes before such a character gets
 * one more: the guard is added exactly when the text matches /^'*[=+\-@\t\r]/.
 */
export function csvCell(value: string): string {
  const first = value.charCodeAt(0);
  // Most cells start with a letter, a digit or a CJK character: the first comparisons decide.
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 || (first === APOSTROPHE && needsFormulaGuard(value)))
    value = `'${value}`;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The text `csvCell` guarded, as it was: one leading quote removed where `csvCell` added it. */
export function withoutFormulaGuard(text: string): string {
  return text.charCodeAt(0) === APOSTROPHE && needsFormulaGuard(text.slice(1)) ? text.slice(1) : text;
}

const NEEDS_QUOTES = /[",\r\n]/;
const APOSTROPHE = 39;

function needsFormulaGuard(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === APOSTROPHE) i++;
  switch (text.charCodeAt(i)) {
    case 61 /* = */:
    case 43 /* + */:
    case 45 /* - */:
    case 64 /* @ */:
    case 9 /* tab */:
    case 13 /* CR */:
      return true;
    default:
      return false;
  }
}
