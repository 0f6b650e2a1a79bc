import { parse as csvParse } from "csv-parse/sync";
import { CsvRecordParser } from "../../src/modules/inventory/spreadsheet/csv-reader";
import type { SheetRow } from "../../src/modules/inventory/spreadsheet/sheet-row";

/** A small seeded PRNG (mulberry32): the same files on every run, any failure reproducible by its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ["网格", "事件", "区卫生健康局", "a", "B", "1", " ", ",", '"', "\r\n", "\n", "=SUM(A1)", "－", "🙂", "\t"];

/** A field as a spreadsheet program writes it: quoted when it holds a comma, quote or line break. */
function field(next: () => number): string {
  const length = Math.floor(next() * 6);
  let text = "";
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return /[",\r\n]/.test(text) || (text === "" && next() < 0.3) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvFile(seed: number): string {
  const next = random(seed);
  const records: string[] = [];
  const rows = 1 + Math.floor(next() * 12);
  for (let r = 0; r < rows; r++) {
    const fields = 1 + Math.floor(next() * 6);
    records.push(Array.from({ length: fields }, () => field(next)).join(","));
  }
  const lineEnd = next() < 0.5 ? "\r\n" : "\n";
  return records.join(lineEnd) + (next() < 0.5 ? lineEnd : "");
}

function ours(text: string, pieceSize: number): string[][] {
  const parser = new CsvRecordParser();
  const rows: SheetRow[] = [];
  for (let at = 0; at < text.length; at += pieceSize) parser.push(text.slice(at, at + pieceSize), rows);
  parser.end(rows);
  return rows.map((row) => row.values.map((value) => value ?? ""));
}

describe("the CSV reader agrees with csv-parse (a maintained RFC 4180 parser) on well-formed files", () => {
  it("gives the same records for 500 generated files, however the text is cut into pieces", () => {
    let compared = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const text = csvFile(seed);
      const expected = csvParse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
      compared += expected.length;
      for (const pieceSize of [text.length, 1, 7]) {
        const actual = ours(text, pieceSize);
        if (JSON.stringify(actual) !== JSON.stringify(expected))
          throw new Error(
            `seed ${seed}, pieces of ${pieceSize}: ${JSON.stringify(text)}\nours: ${JSON.stringify(actual)}\ncsv-parse: ${JSON.stringify(expected)}`,
          );
      }
    }
    expect(compared).toBeGreaterThan(2000); // the generator makes real files, not empty ones
  });
});
