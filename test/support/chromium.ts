import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's chromium (CI installs it); CHROMIUM_PATH elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const chromiumFound = existsSync(CHROMIUM);
/** CI sets REQUIRE_BROWSER=1: a missing browser fails the run instead of skipping the browser test. */
const browserRequired = process.env.REQUIRE_BROWSER === "1";

/** `describe` for a browser test: skipped (with a warning) without Chromium, unless CI requires the browser. */
export function inBrowser(what: string): jest.Describe {
  if (chromiumFound) return describe;
  console.warn(
    `${what} browser test ${browserRequired ? "REQUIRED but" : "skipped:"} no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
  return browserRequired ? describe : describe.skip;
}

/** Headless Chromium with a throwaway profile, the district's language (Accept-Language zh-CN) and nothing reaching out. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!chromiumFound) throw new Error(`REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM}`);
  const profile = mkdtempSync(join(tmpdir(), "cdo-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: "zh-CN",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
