import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { csvCell } from "../../../common/csv";

const FLUSH_CHARS = 64 * 1024;

/**
 * CSV as Excel on a Chinese Windows opens it right: UTF-8 with a BOM, CRLF, RFC 4180 quoting;
 * a cell that would run as a formula is written behind a single quote (csvCell).
 */
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
    line += csvCell(value);
  }
  return `${line}\r\n`;
}
