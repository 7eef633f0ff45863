import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, relative, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";

/** The folder taskpane.html loads office.js from (Microsoft's CDN); office.js loads its other files beside it. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** @microsoft/office-js's dist folder: the files Microsoft publishes on the CDN, office.js among them. */
const OFFICE_JS_DIST = resolve(
  dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);

/**
 * office.js in a frame opens a telemetry frame on this host (seen in Chromium with 1.1.110); it gets an
 * empty page, so the test never reaches the network and does not depend on whether there is one.
 */
export const OFFICE_TELEMETRY_HOST = "https://telemetryservice.firstpartyapps.oaspapps.com/";

export interface RealOfficeJs {
  /** Every CDN address the page asked for, in order, and whether the package had that file. */
  requests: Array<{ path: string; served: boolean }>;
  /** Telemetry addresses office.js asked for (answered with an empty page). */
  telemetry: string[];
}

/**
 * Serves Microsoft's real office.js (the @microsoft/office-js package, the same files as the CDN) for
 * every request under the CDN folder, so a test that needs no Excel host runs the library production
 * loads: Office.onReady, host detection, what it loads beside itself. A file the package lacks answers
 * 404, as the CDN would, and is listed in `requests` so a test can say so. Nothing reaches the network.
 * Microsoft's licence for the library: node_modules/@microsoft/office-js/LICENSE.md (used here as a
 * development dependency, not shipped: production pages load office.js from the CDN).
 */
export async function routeRealOfficeJs(target: Page | BrowserContext): Promise<RealOfficeJs> {
  const requests: RealOfficeJs["requests"] = [];
  const telemetry: string[] = [];
  await target.route(`${OFFICE_TELEMETRY_HOST}**`, async (route) => {
    telemetry.push(route.request().url());
    await route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>telemetry</title>",
    });
  });
  await target.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = resolve(OFFICE_JS_DIST, path);
    const inside = !relative(OFFICE_JS_DIST, file).startsWith("..");
    const body = inside ? await readFile(file).catch(() => null) : null;
    requests.push({ path, served: body !== null });
    if (body === null) {
      await route.fulfill({ status: 404, contentType: "text/plain", body: "not in @microsoft/office-js" });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: path.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream",
      body,
    });
  });
  return { requests, telemetry };
}
