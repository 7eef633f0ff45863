import { resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CHROME_BUILD, type LaunchedExtension, launchExtension, ROOT } from "./helpers/launch-extension";

let extension: LaunchedExtension;

beforeAll(async () => {
  extension = await launchExtension(CHROME_BUILD);
});

afterAll(async () => {
  await extension?.close();
});

test("a version-3 library opened by this version keeps every review, now grouped per vendor, and finds vendors through the new search index, in Chromium's IndexedDB", async () => {
  const bundle = await build({
    entryPoints: [resolve(ROOT, "tests/e2e/helpers/db-upgrade-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
    logLevel: "silent",
  });
  const code = bundle.outputFiles[0]?.text;
  if (code === undefined) throw new Error("The upgrade bundle was not built.");
  const page = await extension.context.newPage();
  // A document of the extension's origin that runs none of its UI: only this test touches the database.
  await page.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
  await page.evaluate(code);
  const result = await page.evaluate(
    ([name, count]) =>
      (Reflect.get(globalThis, "__vendorScoutUpgrade") as (n: string, c: number) => Promise<unknown>)(
        name,
        count,
      ),
    ["vendorscout-upgrade-test", 300] as const,
  );
  await page.close();
  expect(result).toEqual({
    version: 8,
    stores: ["clips", "evaluations", "reviewGroups", "searchIndex", "settings", "vendors"],
    groups: 299,
    reviews: 897,
    storedReviews: 897,
    perVendorMatches: true,
    exportedReviewsEqual: true,
    searchFinds: ["vendor-00007.com"],
    searchWanted: "vendor-00007.com",
  });
});
