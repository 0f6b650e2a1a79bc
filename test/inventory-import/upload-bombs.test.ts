import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { ImportReport, importFile, tableCounts } from "./import-support";
import { HEADER_ROW, MAIN_NS, repeated, sheetOf, TEMPLATE_HEADER, workbook } from "../spreadsheet/spreadsheet-fixtures";

/**
 * Issue #14, point 2: spreadsheets built to hang the server or exhaust its memory. Each is built
 * here (nothing binary is committed), sent through the real multipart upload, and must be
 * refused with its code within 2 s, the server's memory (it runs in this process) growing by
 * less than RSS_CEILING, and /healthz answering afterwards.
 */
const REPLY_WITHIN_MS = 2_000;
const RSS_CEILING = 200 * 1024 * 1024;
const MiB = 1024 * 1024;

let server: TestCatalog;
let district: DistrictScenario;
let unitId: string;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
  unitId = (await district.department("区数据局")).id;
});
afterAll(() => server.stop());

/** Uploads the attack and returns the report with the reply time and the RSS growth it caused. */
async function upload(file: Buffer, format: "csv" | "xlsx"): Promise<{ report: ImportReport; ms: number; rssGrowth: number }> {
  let peak = process.memoryUsage().rss;
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const report = await importFile(server.api.inLanguage("en"), unitId, file, { format });
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { report, ms, rssGrowth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

async function expectRefused(file: Buffer, format: "csv" | "xlsx", code: string, message: RegExp) {
  const before = await tableCounts(server);
  const { report, ms, rssGrowth } = await upload(file, format);
  expect(report).toMatchObject({ applied: false, problemCount: 1 });
  expect(report.problems[0]).toMatchObject({ code });
  expect(report.problems[0].message).toMatch(message);
  expect(ms).toBeLessThan(REPLY_WITHIN_MS);
  expect(rssGrowth).toBeLessThan(RSS_CEILING);
  expect(await tableCounts(server)).toEqual(before);
  const health = await fetch(server.catalog.url.replace(/\/graphql$/, "/healthz"));
  expect(health.status).toBe(200);
  return { ms, rssGrowth };
}

describe("spreadsheets built to hang the server or exhaust its memory", () => {
  it("refuses a cell at column ZZZZZZ at once, and a value beyond column 256, without making up the empty cells before it", async () => {
    const farColumn = await workbook(sheetOf(`<row r="2"><c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>`));
    expect(farColumn.length).toBeLessThan(3 * 1024);
    await expectRefused(farColumn, "xlsx", "SPREADSHEET_FORMAT_INVALID", /beyond column XFD/);

    const wide = await workbook(sheetOf(`<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>`));
    await expectRefused(wide, "xlsx", "SPREADSHEET_TOO_LARGE", /beyond the first 256 columns/);
  });

  it("refuses a shared-strings zip bomb (48 MB of XML in well under 1 MB) after inflating a bounded part of it", async () => {
    const bomb = await workbook(sheetOf(""), () => [`<sst xmlns="${MAIN_NS}">`, ...repeated(`<si><t>shared string ${"x".repeat(200)}</t></si>`, 48 * MiB)]);
    expect(bomb.length).toBeLessThan(MiB);
    await expectRefused(bomb, "xlsx", "SPREADSHEET_TOO_LARGE", /sharedStrings\.xml inflates past the bounds/);
  });

  it("refuses a row that never ends once it passes the row bound, and one huge shared string at the cell bound", async () => {
    // 8 MB: under the compression-ratio check's threshold, so the row bound is what stops it.
    const unclosedRow = await workbook(() => [
      `<worksheet xmlns="${MAIN_NS}"><sheetData>${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>`,
      ...repeated("a", 8 * MiB),
    ]);
    await expectRefused(unclosedRow, "xlsx", "SPREADSHEET_TOO_LARGE", /a row .* is longer than 4194304 characters/);

    const hugeString = await workbook(sheetOf(`<row r="2"><c r="A2" t="s"><v>0</v></c></row>`), () => [
      `<sst xmlns="${MAIN_NS}"><si><t>`,
      ...repeated("a", 64 * MiB),
      "</t></si></sst>",
    ]);
    await expectRefused(hugeString, "xlsx", "SPREADSHEET_TOO_LARGE", /shared string 1 is longer than 32767 characters/);
  });

  it("reads 12 MB of text without a '<' in one pass (it was scanned again from the start on every chunk)", async () => {
    // ASCII, 12 MB inflated: under the compression-ratio check's threshold, so all of it is read.
    const noMarkup = () => [`<worksheet xmlns="${MAIN_NS}"><sheetData>`, ...repeated("tianning data ", 12 * MiB), "</sheetData></worksheet>"];
    const file = await workbook(noMarkup, () => [`<sst xmlns="${MAIN_NS}">`, ...repeated("no markup here ", 12 * MiB), "</sst>"]);
    await expectRefused(file, "xlsx", "SPREADSHEET_FORMAT_INVALID", /no header row/);
  });

  it("refuses a CSV whose quote is never closed, at the cell bound, not after reading 4 MB into one field", async () => {
    // The whole upload is on disk before reading starts (spooling): its size is upload time, not parsing.
    const file = Buffer.concat([Buffer.from(`${TEMPLATE_HEADER}\r\n"301002/00001,`), Buffer.alloc(4 * MiB, "天宁区,")]);
    await expectRefused(file, "csv", "SPREADSHEET_TOO_LARGE", /longer than 32767 characters \(is a double quote .* left open\?\)/);
  });

  it("refuses a CSV row of more than 256 fields as soon as it has them", async () => {
    const file = Buffer.from(`${TEMPLATE_HEADER}\r\n${",".repeat(100_000)}\r\n`);
    await expectRefused(file, "csv", "SPREADSHEET_TOO_LARGE", /more than 256 fields/);
  });
});
