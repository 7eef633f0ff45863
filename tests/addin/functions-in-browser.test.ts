/**
 * The built functions.js, as Excel's shared runtime runs it: a classic script in a browser page, after
 * office.js has defined `CustomFunctions`. A host stand-in records what the script associates, and the
 * registered functions are then called the way Excel calls them (2-D arrays, null for omitted arguments).
 * Catches what the unit tests cannot: a bundle that fails to load, registers under the wrong ids, or
 * loses code in minification. Needs `npm run build` first and /usr/bin/chromium.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const functionsJs = resolve(import.meta.dirname, "../../dist/addin/functions.js");

/** Installed before functions.js: the two things the script touches, recording the association. */
const HOST_STAND_IN = `
  window.registered = {};
  window.CustomFunctions = {
    associate(mappings) { Object.assign(window.registered, mappings); },
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  window.callExcel = (id, args) => {
    try { return { value: window.registered[id](...args) }; }
    catch (e) { return { code: e.code, message: e.message }; }
  };
`;

describe("dist/addin/functions.js in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(functionsJs)) {
      throw new Error(
        `${functionsJs} does not exist: run \`npm run build\` (or \`npm run build:addin\`) first.`,
      );
    }
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    page = await browser.newPage();
    await page.setContent("<!doctype html><title>shared runtime</title>");
    await page.addScriptTag({ content: HOST_STAND_IN });
    await page.addScriptTag({ content: readFileSync(functionsJs, "utf8") });
  });
  afterAll(async () => browser?.close());

  const call = (id: string, args: unknown[]) =>
    page.evaluate(
      ([i, a]) => (window as unknown as { callExcel: (i: string, a: unknown[]) => unknown }).callExcel(i, a),
      [id, args] as const,
    );

  test("associates the ten functions by their ids", async () => {
    const ids = await page.evaluate(() =>
      Object.keys((window as unknown as { registered: object }).registered),
    );
    expect(ids.sort()).toEqual(
      [
        "VENDORAHP",
        "VENDORNORMALIZE",
        "VENDOROVERLAP",
        "VENDORRANK",
        "VENDORREPUTATION",
        "VENDORSAVINGS",
        "VENDORSCORE",
        "VENDORSENSITIVITY",
        "VENDORTCO",
        "VENDORTOPSIS",
      ].sort(),
    );
  });

  test("computes as Excel would call it", async () => {
    expect(await call("VENDORSCORE", [[[4, 3, 5]], [[0.5, 0.3, 0.2]], null])).toEqual({ value: 78 });
    expect(await call("VENDORRANK", [[[90], [80], [80], [70]], null])).toEqual({
      value: [[1], [2], [2], [4]],
    });
    expect(await call("VENDORTCO", [500, 24, 1000, null, null, null, null])).toEqual({ value: 13000 });
  });

  test("reports bad input as #VALUE! with a message", async () => {
    expect(await call("VENDORSCORE", [[[4, "good"]], [[1, 1]], null])).toEqual({
      code: "#VALUE!",
      message: 'Cell 2 of the ratings holds the text "good"; type a number instead.',
    });
  });

  test("loads without throwing where office.js defines no CustomFunctions (a plain browser tab)", async () => {
    const plain = await browser.newPage();
    const errors: string[] = [];
    plain.on("pageerror", (error) => errors.push(error.message));
    await plain.setContent("<!doctype html><title>plain</title>");
    await plain.addScriptTag({ content: readFileSync(functionsJs, "utf8") });
    expect(errors).toEqual([]);
    await plain.close();
  });
});
