import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

const FLUSH_CHARS = 64 * 1024;
const NEEDS_QUOTES = /[",\r\n]/;

/** CSV as Excel on a Chinese Windows opens it right: UTF-8 with a BOM, CRLF, RFC 4180 quoting. */
export async function writeCsv(headers: readonly string[], rows: AsyncIterable<readonly (string | undefined)[]>, output: NodeJS.WritableStream): Promise<void> {
  await pipeline(Readable.from(csvChunks(headers, rows)), output);
}

async function* csvChunks(headers: readonly string[], rows: AsyncIterable<readonly (string | undefined)[]>): AsyncGenerator<Buffer> {
  let text = `\uFEFF${csvLine(headers)}`;
  for await (const values of rows) {
    text += csvLine(values);
    if (text.length >= FLUSH_CHARS) {
      yield Buffer.from(text);
      text = "";
    }
  }
  yield Buffer.from(text);
}

function csvLine(values: readonly (string | undefined)[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    if (i > 0) line += ",";
    line += NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }
  return `${line}\r\n`;
}
