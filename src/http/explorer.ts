import { dirname, join } from "node:path";
import { Router } from "express";
import { type Locale, type Localised, inLocale, localeOf } from "../common/i18n";
import { ExplorerMessages as M } from "./explorer.messages";

/**
 * The explorer: GraphiQL served by this server, no CDN (the district intranet has no internet).
 * GraphiQL's and React's UMD builds come from node_modules, the page and its script from here; a
 * Content-Security-Policy lets the page load nothing from anywhere else.
 */
const ASSET_PATH = "/explorer/assets";
/** The same, relative to the page at /graphql: it still resolves behind a proxy that mounts the catalog under a path. */
const PAGE_ASSET_PATH = "explorer/assets";

const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

/** Every file the page loads, by the name it is served under. */
const ASSETS: Record<string, string> = {
  "graphiql.min.js": packageFile("graphiql", "graphiql.min.js"),
  "graphiql.min.css": packageFile("graphiql", "graphiql.min.css"),
  "react.production.min.js": packageFile("react", "umd/react.production.min.js"),
  "react-dom.production.min.js": packageFile("react-dom", "umd/react-dom.production.min.js"),
  // Plain browser JavaScript beside this file (swc copies it into dist/ with the build).
  "explorer-page.js": join(__dirname, "explorer-page.js"),
};

/**
 * Self only. GraphiQL's fonts and icons are data: URLs; its editor sets styles through the DOM
 * (allowed). The one inline <style> it tries, the scroll lock of its settings dialog, is refused:
 * the dialog works all the same (the page does not scroll anyway).
 */
const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The page's own few styles: the sign-in bar above GraphiQL. */
const PAGE_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.cdo-bar { padding: 8px 16px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; font-size: 14px; }
.cdo-bar h1 { display: inline-block; margin: 0 16px 0 0; font-size: 16px; }
.cdo-bar form { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.cdo-bar input { width: 140px; }
.cdo-bar details { margin-top: 4px; color: #444; }
.cdo-bar code { background: #eaeef2; padding: 0 3px; }
#cdo-status { margin-left: 8px; }
#cdo-status.cdo-error { color: #b00020; }
#graphiql { flex: 1; min-height: 0; }
`;

export interface ExplorerOptions {
  /** The demo sign-ins to show on the page (development with demo data); none in production. */
  demoAccounts: { username: string; role: string }[];
  demoPassword: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script type="application/json"> block: no "</script>" or "<!--" can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function explorerPage(locale: Locale, options: ExplorerOptions): string {
  const t = (message: Localised) => escapeHtml(inLocale(message, locale));
  const demo = options.demoAccounts.length
    ? `<p>${t(M.demoAccounts).replace("{password}", `<code>${escapeHtml(options.demoPassword)}</code>`)} ${options.demoAccounts
        .map((account) => `<code>${escapeHtml(account.username)}</code>（${escapeHtml(account.role)}）`)
        .join("，")}</p>`
    : "";
  const settings = {
    locale,
    defaultQuery: inLocale(M.defaultQuery, locale),
    defaultUsername: options.demoAccounts[0]?.username ?? "",
    texts: { signedIn: inLocale(M.signedIn, locale), signedOut: inLocale(M.signedOut, locale), signInFailed: inLocale(M.signInFailed, locale) },
  };
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${t(M.title)}</title>
<link rel="stylesheet" href="${PAGE_ASSET_PATH}/graphiql.min.css">
<link rel="stylesheet" href="${PAGE_ASSET_PATH}/explorer-page.css">
</head>
<body>
<header class="cdo-bar">
<h1>${t(M.title)}</h1>
<form id="cdo-sign-in">
<label>${t(M.username)} <input name="username" autocomplete="username" required></label>
<label>${t(M.password)} <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">${t(M.signIn)}</button>
<button type="button" id="cdo-sign-out" hidden>${t(M.signOut)}</button>
<span id="cdo-status" role="status" aria-live="polite"></span>
</form>
<details>
<summary>${t(M.howToSignIn)}</summary>
<p>${t(M.signInExplained)}</p>
${demo}
<p>${t(M.englishHint)}</p>
</details>
</header>
<main id="graphiql">${t(M.loading)}</main>
<noscript>${t(M.noScript)}</noscript>
<script id="cdo-explorer-settings" type="application/json">${scriptJson(settings)}</script>
<script src="${PAGE_ASSET_PATH}/react.production.min.js"></script>
<script src="${PAGE_ASSET_PATH}/react-dom.production.min.js"></script>
<script src="${PAGE_ASSET_PATH}/graphiql.min.js"></script>
<script src="${PAGE_ASSET_PATH}/explorer-page.js"></script>
</body>
</html>
`;
}

/**
 * GET / leads to the explorer; GET /graphql answers a browser (one that prefers text/html) with the
 * page, and everything else (GraphQL GETs, POSTs) falls through to Apollo. Mount before Apollo.
 */
export function explorerRoutes(options: ExplorerOptions): Router {
  const router = Router();
  router.get("/", (_req, res) => res.redirect(302, "graphql"));
  router.get("/graphql", (req, res, next) => {
    // A GraphQL client asks for JSON (curl's */* too: the first type listed wins a tie); a browser's navigation asks for HTML.
    if (req.accepts(["application/json", "application/graphql-response+json", "text/html"]) !== "text/html") return next();
    res
      .status(200)
      .type("text/html; charset=utf-8")
      .setHeader("content-security-policy", EXPLORER_CSP)
      .setHeader("x-content-type-options", "nosniff")
      .setHeader("x-frame-options", "DENY")
      .setHeader("referrer-policy", "no-referrer")
      .setHeader("cache-control", "no-store")
      .vary("accept")
      .send(explorerPage(localeOf(req), options));
  });
  router.get(`${ASSET_PATH}/explorer-page.css`, (_req, res) => {
    res.type("text/css; charset=utf-8").setHeader("x-content-type-options", "nosniff").setHeader("cache-control", "no-cache").send(PAGE_CSS);
  });
  router.get(`${ASSET_PATH}/:file`, (req, res, next) => {
    const file = Object.hasOwn(ASSETS, req.params.file) ? ASSETS[req.params.file] : undefined;
    if (!file) return next();
    // no-cache: the browser keeps its copy and revalidates it (ETag, 304), so an upgrade is seen at once.
    res.setHeader("x-content-type-options", "nosniff");
    res.sendFile(file, { headers: { "cache-control": "no-cache" } }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  });
  return router;
}
