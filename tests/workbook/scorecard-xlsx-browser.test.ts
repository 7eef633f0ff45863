import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";
import { afterAll, expect, test } from "vitest";
import { planScorecard } from "../../shared/scorecard/plan-scorecard";
import { scorecardFixture } from "../support/scorecard/scorecard-fixture";

const CHROMIUM = "/usr/bin/chromium";
const root = resolve(import.meta.dirname, "..", "..");
let dir = "";

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * The .xlsx builder bundled for the browser (as the extension's side panel bundles it) must not reach
 * for Node's fs, stream or zlib, and must produce a workbook in a real page, where there is no
 * `process` or `Buffer`.
 */
test("buildScorecardXlsx bundles for the browser and runs in a Chromium page", async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: install chromium to run this check.`);
  dir = await mkdtemp(join(tmpdir(), "vs-xlsx-browser-"));
  await build({
    root,
    configFile: false,
    logLevel: "silent",
    build: {
      lib: {
        entry: join(root, "xlsx/scorecard-xlsx.ts"),
        formats: ["es"],
        fileName: "scorecard-xlsx",
      },
      outDir: dir,
      emptyOutDir: true,
      minify: false,
    },
  });
  const bundle = await readFile(join(dir, "scorecard-xlsx.js"), "utf8");
  expect(bundle).not.toMatch(
    /from\s*["'](node:)?(fs|stream|zlib|path)["']|require\(["'](fs|stream|zlib)["']\)/,
  );

  const plan = planScorecard({ ...scorecardFixture(), mode: "advisor-safe" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("about:blank");
    const module = bundle.replace(/export\s*\{[^}]*\};?\s*$/, "");
    await page.addScriptTag({
      type: "module",
      content: `${module}
const bytes = await buildScorecardXlsx(${JSON.stringify(plan)});
window.__xlsx = { isBytes: bytes instanceof Uint8Array, zip: String.fromCharCode(bytes[0], bytes[1]), length: bytes.length, node: typeof process !== "undefined" };`,
    });
    await page.waitForFunction(() => "__xlsx" in window, null, { timeout: 30_000 });
    const result = await page.evaluate(() => (window as unknown as { __xlsx: unknown }).__xlsx);
    expect(errors).toEqual([]);
    expect(result).toMatchObject({ isBytes: true, zip: "PK", node: false });
  } finally {
    await browser.close();
  }
}, 60_000);
