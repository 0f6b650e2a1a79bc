import type { BrowserContext } from "playwright-core";
import { CHROMIUM, inBrowser, launchChromium } from "../support/chromium";
import {
  AnnualReportPrintLinkDocument,
  InventoryExportLinkDocument,
  ReturnAnnualReportDocument,
  SubmitAnnualReportDocument,
  UpdateAccountDocument,
  UpdateAnnualReportDocument,
} from "../generated/graphql";
import { districtWithCdo, staffedWithClients } from "../governance/governance-support";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { httpRequest } from "../support/http-request";
import { type DistrictScenario, signedInAs } from "../support/scenario";
import { writtenReport } from "./reports-support";

/** The printable annual report: an A4 HTML page in Chinese, behind the bearer token or a signed link, checked in headless Chromium. */

const origin = (server: TestCatalog) => server.catalog.url.replace(/\/graphql$/, "");
const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

let server: TestCatalog;
let district: DistrictScenario;
let districtCdo: ApiClient;
/** The server's clock: the expiry test moves it. */
let offsetMs = 0;

beforeAll(async () => {
  server = await startTestCatalog({}, { clock: () => new Date(Date.now() + offsetMs) });
  ({ district, districtCdo } = await districtWithCdo(server));
});
afterAll(() => server.stop());
afterEach(() => (offsetMs = 0));

/** A report with a long narrative and hostile text, submitted and returned once (so the history has comments). */
async function printableReport(name: string) {
  const { street, reportId } = await writtenReport(server, district, name);
  const long = "本单位全面完成职能数据清单编目工作，数据资源目录覆盖全部法定职能。".repeat(60);
  await street.cdoClient.request(UpdateAnnualReportDocument, {
    input: { id: reportId, dataAggregation: `${long}\n\n第二段:${"A".repeat(300)}`, suggestions: HOSTILE },
  });
  await street.cdoClient.request(SubmitAnnualReportDocument, { id: reportId });
  await districtCdo.request(ReturnAnnualReportDocument, { id: reportId, comments: `请补充。${HOSTILE}` });
  return { street, reportId };
}

const get = (url: string, token?: string) => httpRequest(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("the printable page", () => {
  it("renders the report for A4 in Chinese, escaping every text its writers gave, with the bearer token", async () => {
    const { street, reportId } = await printableReport("茶山街道");
    const page = await get(`${origin(server)}/reports/annual/${reportId}.html`, street.cdoClient.token);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(page.body).toContain("@page { size: A4;");
    for (const heading of [
      "一、数据汇聚",
      "二、开放共享",
      "三、应用创新",
      "四、安全保护",
      "五、工作建议",
      "审阅记录",
      "茶山街道",
      "首席数据官(签字):",
      "编目数据资源(草稿及已发布)",
    ])
      expect([heading, page.body.includes(heading)]).toEqual([heading, true]);
    expect(page.body).not.toContain("<script");
    expect(page.body).not.toContain("<img");
    expect(page.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
  });

  it("answers 401 without a token, 404 alike for another unit's report and a missing one, with a Chinese message and no report data", async () => {
    const { reportId } = await printableReport("红梅街道");
    const outsider = await staffedWithClients(server, district, "STREET", "兰陵街道");
    const anonymous = await get(`${origin(server)}/reports/annual/${reportId}.html`);
    expect([anonymous.status, anonymous.body.includes("请先登录")]).toEqual([401, true]);
    const hidden = await get(`${origin(server)}/reports/annual/${reportId}.html`, outsider.cdoClient.token);
    const missing = await get(`${origin(server)}/reports/annual/QW5udWFsUmVwb3J0Ojk5OTk5.html`, outsider.cdoClient.token);
    const notAReport = await get(`${origin(server)}/reports/annual/${outsider.unit.id}.html`, outsider.cdoClient.token);
    for (const refused of [hidden, missing, notAReport]) {
      expect(refused.status).toBe(404);
      expect(refused.body).toContain("年度述职报告不存在,或您无权查看。");
      expect(refused.body).not.toContain("红梅街道");
    }
    expect(hidden.body).toBe(missing.body);
  });

  it("opens with a short-lived signed link, without the token; a changed link, another report's path or another account's signature are refused", async () => {
    const { street, reportId } = await printableReport("雕庄街道");
    const { annualReportPrintLink: link } = await street.cdoClient.request(AnnualReportPrintLinkDocument, { id: reportId });
    expect(link.url).toMatch(new RegExp(`^/reports/annual/${reportId}\\.html\\?account=[^&]+&expires=\\d+&signature=[A-Za-z0-9_-]{43}$`));
    expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(600_000);
    const opened = await get(`${origin(server)}${link.url}`);
    expect([opened.status, opened.body.includes("一、数据汇聚"), opened.headers["referrer-policy"]]).toEqual([200, true, "no-referrer"]);

    const other = await printableReport("青龙街道");
    const tampered = [
      link.url.replace(/signature=./, (s) => (s.endsWith("A") ? `${s.slice(0, -1)}B` : `${s.slice(0, -1)}A`)),
      link.url.replace(/expires=(\d+)/, (_, n) => `expires=${Number(n) + 60}`),
      link.url.replace(reportId, other.reportId),
    ];
    for (const url of tampered) {
      const refused = await get(`${origin(server)}${url}`);
      expect([url, refused.status, refused.body.includes("打印链接无效")]).toEqual([url, 401, true]);
    }
    // Another unit's CDO gets no link to it at all.
    expect((await other.street.cdoClient.raw(`query { annualReportPrintLink(id: "${reportId}") { url } }`)).errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("expires after ten minutes, stops once its account is disabled, and is never opened by a download link's signature", async () => {
    const { street, reportId } = await printableReport("天宁街道");
    const { client: reader, account } = await signedInAs(server.api, street.cdo.id);
    const { annualReportPrintLink: link } = await reader.request(AnnualReportPrintLinkDocument, { id: reportId });
    const open = (url: string) => get(`${origin(server)}${url}`);
    offsetMs = 590_000;
    expect((await open(link.url)).status).toBe(200);
    offsetMs = 601_000;
    const expired = await open(link.url);
    expect([expired.status, expired.body.includes("打印链接已过期")]).toEqual([401, true]);
    offsetMs = 0;

    // The same account, the same moment: a signed download link's parameters, put on the report's path.
    const { inventoryExportLink } = await reader.request(InventoryExportLinkDocument, { file: "INVENTORY_CSV", unitIds: [street.unit.id] });
    const download = new URLSearchParams(inventoryExportLink.url.split("?")[1]);
    const borrowed = new URLSearchParams({ account: download.get("account")!, expires: download.get("expires")!, signature: download.get("signature")! });
    const refused = await open(`${link.url.split("?")[0]}?${borrowed}`);
    expect([refused.status, refused.body.includes("打印链接无效")]).toEqual([401, true]);

    const { annualReportPrintLink: fresh } = await reader.request(AnnualReportPrintLinkDocument, { id: reportId });
    expect((await open(fresh.url)).status).toBe(200);
    await server.api.request(UpdateAccountDocument, { input: { accountId: account.id, disabled: true } });
    const disabled = await open(fresh.url);
    expect([disabled.status, disabled.body.includes("打印链接无效")]).toEqual([401, true]);
  });
});

/** A4 in PostScript points (210 × 297 mm), as Chromium writes the MediaBox. */
const A4 = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };

inBrowser("printable report")(`the printable report in headless Chromium (${CHROMIUM})`, () => {
  let context: BrowserContext;
  let closeBrowser: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ context, close: closeBrowser } = await launchChromium());
  }, 120_000);
  afterAll(async () => {
    await closeBrowser?.();
  });

  it("shows the Chinese headings and figures, prints to A4 pages, and nothing is wider than the printable width", async () => {
    const { street, reportId } = await printableReport("天宁街道");
    const { annualReportPrintLink: link } = await street.cdoClient.request(AnnualReportPrintLinkDocument, { id: reportId });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("pageerror", (error) => problems.push(error.message));
    const response = await page.goto(`${origin(server)}${link.url}`);
    expect(response?.status()).toBe(200);

    expect(await page.locator("h2").allTextContents()).toEqual(["一、数据汇聚", "二、开放共享", "三、应用创新", "四、安全保护", "五、工作建议", "审阅记录"]);
    const firstTable = await page.locator("section[data-section=DATA_AGGREGATION] table.figures tbody tr").allTextContents();
    expect(firstTable[0]).toBe("编目数据资源(草稿及已发布)0个");
    expect(await page.locator("section[data-section=SECURITY_PROTECTION] table.figures tbody tr").count()).toBe(6);
    // The hostile text is text, not markup: no script ran, no image was made.
    expect(await page.locator("img, script").count()).toBe(0);
    expect(await page.locator("section[data-section=SUGGESTIONS] p").textContent()).toBe(HOSTILE);

    // As printed: the page box's width is A4's less its margins (210 − 28 − 26 mm); nothing may reach past it.
    await page.emulateMedia({ media: "print" });
    const printableWidth = Math.floor(((210 - 28 - 26) / 25.4) * 96);
    await page.setViewportSize({ width: printableWidth, height: 1000 });
    // Run in the page (a string: the tests compile without the DOM's types).
    const overflowing = await page.evaluate(`(() => {
      const limit = document.documentElement.clientWidth + 0.5;
      return [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > limit || element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.tagName + "." + element.className);
    })()`);
    expect(overflowing).toEqual([]);
    expect(await page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).toBe(true);

    const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) {
      expect(Math.abs(width - A4.width)).toBeLessThan(1.5);
      expect(Math.abs(height - A4.height)).toBeLessThan(1.5);
    }
    // A long first section, four figure tables, suggestions, history and signatures: a few pages, not one, not dozens.
    const pages = (pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    expect(problems).toEqual([]);
  }, 120_000);
});
