import type { BrowserContext } from "playwright-core";
import { CHROMIUM, inBrowser, launchChromium } from "../support/chromium";
import { ADMIN, startTestCatalog, TestCatalog } from "../support/catalog";
import { httpRequest } from "../support/http-request";
import { DistrictScenario } from "../support/scenario";

const origin = (server: TestCatalog) => server.catalog.url.replace(/\/graphql$/, "");
const browserNavigation = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

describe("the explorer, served by the catalog itself", () => {
  let server: TestCatalog;
  beforeAll(async () => (server = await startTestCatalog({}, { signIn: false })));
  afterAll(() => server.stop());

  it("leads / to /graphql and answers a browser there with the page, Chinese first, under a self-only CSP", async () => {
    const root = await httpRequest(`${origin(server)}/`, { headers: browserNavigation });
    expect(root.status).toBe(302);
    expect(new URL(root.headers.location!, `${origin(server)}/`).pathname).toBe("/graphql");

    const page = await httpRequest(server.catalog.url, { headers: browserNavigation });
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body).toContain("天宁区首席数据官数据治理目录");
    const csp = page.headers["content-security-policy"] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // Nothing from elsewhere: every script and stylesheet is the server's own.
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const source of sources) expect(source).toMatch(/^(explorer\/assets\/|data:,$)/);

    const english = await httpRequest(server.catalog.url, { headers: { ...browserNavigation, "accept-language": "en" } });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain("API explorer");
  });

  it("serves GraphiQL, React and the page script from node_modules and the server", async () => {
    for (const [file, type] of [
      ["graphiql.min.js", /javascript/],
      ["graphiql.min.css", /text\/css/],
      ["react.production.min.js", /javascript/],
      ["react-dom.production.min.js", /javascript/],
      ["explorer-page.js", /javascript/],
      ["explorer-page.css", /text\/css/],
    ] as const) {
      const asset = await httpRequest(`${origin(server)}/explorer/assets/${file}`);
      expect([file, asset.status]).toEqual([file, 200]);
      expect(asset.headers["content-type"]).toMatch(type);
      expect(asset.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect((await httpRequest(`${origin(server)}/explorer/assets/package.json`)).status).toBe(404);
    expect((await httpRequest(`${origin(server)}/explorer/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it("leaves GraphQL clients alone: a GET without an HTML preference and every POST reach the API", async () => {
    const get = await httpRequest(`${server.catalog.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(get.headers["content-type"]).toMatch(/json/);
    expect(JSON.parse(get.body).data).toEqual({ __typename: "Query" });
    const curl = await httpRequest(server.catalog.url, { headers: { accept: "*/*" } });
    expect(curl.headers["content-type"]).toMatch(/json/);
    const post = await server.anonymous.raw("{ __typename }");
    expect(post.data).toEqual({ __typename: "Query" });
  });
});

describe("GRAPHQL_EXPLORER=off", () => {
  it("serves no page, no assets and no redirect", async () => {
    const server = await startTestCatalog({ GRAPHQL_EXPLORER: "off" }, { signIn: false });
    try {
      const page = await httpRequest(server.catalog.url, { headers: browserNavigation });
      expect(page.headers["content-type"]).not.toMatch(/html/);
      expect(page.body).not.toContain("graphiql");
      expect((await httpRequest(`${origin(server)}/`, { headers: browserNavigation })).status).toBe(404);
      expect((await httpRequest(`${origin(server)}/explorer/assets/graphiql.min.js`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

inBrowser("explorer")(`the explorer in headless Chromium (${CHROMIUM})`, () => {
  let server: TestCatalog;
  let context: BrowserContext;
  let closeBrowser: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    server = await startTestCatalog();
    await DistrictScenario.create(server.api, "浏览器测试区");
    ({ context, close: closeBrowser } = await launchChromium());
  }, 120_000);
  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  it("loads offline, signs in through the page's form and shows a query's result on screen", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    const outside: string[] = [];
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("pageerror", (error) => problems.push(error.message));
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin(server) && url.protocol !== "data:") {
        outside.push(url.href);
        return route.abort();
      }
      return route.continue();
    });

    await page.goto(`${origin(server)}/`);
    expect(new URL(page.url()).pathname).toBe("/graphql");
    await expect(page.title()).resolves.toContain("接口查询台");
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });

    await page.fill('input[name="username"]', ADMIN.username);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.locator("#cdo-status", { hasText: "已登录" }).waitFor({ timeout: 15_000 });
    // The token is in the headers editor, as the page explains.
    await page.locator(".graphiql-editor-tool .CodeMirror", { hasText: "Authorization" }).first().waitFor({ timeout: 10_000 });

    await page.click(".graphiql-execute-button");
    const result = page.locator(".result-window");
    await result.filter({ hasText: "浏览器测试区" }).waitFor({ timeout: 15_000 });
    const shown = await result.innerText();
    expect(shown).toContain(ADMIN.username);
    expect(shown).toContain('"totalCount": 1');
    expect(shown).not.toContain("UNAUTHENTICATED");
    expect(shown).not.toContain('"errors"'); // the page's first query stays valid against the schema

    expect(outside).toEqual([]);
    // A CSP violation or script error would show here (Chromium reports both on the console).
    expect(problems).toEqual([]);
  }, 90_000);
});
