/** How a number cell is shown as text: what Excel displays for General, dates as ISO dates. */
export enum DateKind {
  None = 0,
  Date = 1,
  Time = 2,
  DateTime = 3,
}

// Built-in number formats that are dates or times (ECMA-376 §18.8.30, plus the zh-CN built-ins 27–36, 50–58).
const BUILT_IN_TIME_FORMATS = new Set([18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56]);
const BUILT_IN_DATE_TIME_FORMATS = new Set([22]);
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);

export function builtInDateKind(numFmtId: number): DateKind {
  if (BUILT_IN_DATE_FORMATS.has(numFmtId)) return DateKind.Date;
  if (BUILT_IN_TIME_FORMATS.has(numFmtId)) return DateKind.Time;
  if (BUILT_IN_DATE_TIME_FORMATS.has(numFmtId)) return DateKind.DateTime;
  return DateKind.None;
}

/** Whether a custom format code such as `yyyy"年"m"月"d"日"` or `[$-F800]dddd, mmmm dd, yyyy` shows a date or time. */
export function customDateKind(formatCode: string): DateKind {
  // Only the first section (positive numbers) counts; literals, colours, locales and escapes are not tokens.
  const section = formatCode
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .toLowerCase();
  if (/general|[0#?]/.test(section) && !/[ydhs]/.test(section)) return DateKind.None;
  const hasTime = /[hs]|\[[hms]+\]|am\/pm|a\/p/.test(section);
  const hasDate = /[yde]/.test(section) || (/m/.test(section) && !hasTime);
  if (hasDate && hasTime) return DateKind.DateTime;
  if (hasDate) return DateKind.Date;
  return hasTime ? DateKind.Time : DateKind.None;
}

const PLAIN_INTEGER = /^-?\d{1,15}$/;

/** A stored number as Excel's General format shows it: integers without ".0", at most 15 significant digits. */
export function formatNumber(stored: string): string {
  if (PLAIN_INTEGER.test(stored)) return stored;
  const value = Number(stored);
  if (!Number.isFinite(value)) return stored;
  // String() of an integer below 1e21 has no exponent and no ".0".
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as `YYYY-MM-DD`, `HH:mm:ss` or `YYYY-MM-DD HH:mm:ss`, per the cell's format. */
export function formatDateSerial(stored: string, kind: DateKind, date1904: boolean): string {
  const serial = Number(stored);
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return formatNumber(stored);
  // To the millisecond, as Excel stores time; a date shows the day that millisecond falls in.
  const ms = Math.round(serial * MS_PER_DAY);
  const days = Math.floor(ms / MS_PER_DAY);
  const seconds = Math.floor((ms - days * MS_PER_DAY) / 1000);
  let date: string;
  if (date1904) date = isoDate(EPOCH_1904 + days * MS_PER_DAY);
  // Excel's 1900 system counts a 29 February 1900 that never was (Lotus compatibility): serial 60.
  else if (days === 60) date = "1900-02-29";
  else date = isoDate(EPOCH_1900 + (days < 60 ? days + 1 : days) * MS_PER_DAY);
  const time = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, "0")).join(":");
  if (kind === DateKind.Time) return time;
  return kind === DateKind.DateTime ? `${date} ${time}` : date;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A `t="d"` cell holds ISO 8601 text: keep the date alone when there is no time of day. */
export function formatIsoDateCell(stored: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(stored);
  if (!match) return stored;
  return match[2] && match[2] !== "00:00:00" ? `${match[1]} ${match[2]}` : match[1];
}
