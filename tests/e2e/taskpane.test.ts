import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeReview, makeVendor } from "../support/bridge/records";
import { ROOT } from "./helpers/launch-extension";
import { readDoubleWorkbook } from "./helpers/office-host-double";
import { routeRealOfficeJs } from "./helpers/office-js-real";
import { packWithEvaluation } from "./helpers/packs";
import {
  ADDIN_DIR,
  choosePackFile,
  openTaskPane,
  type PaneWithoutExtension,
  startPaneWithoutExtension,
} from "./helpers/task-pane";

const OUTPUT_DIR = resolve(ROOT, "test-output");
// Not 3000: the bridge e2e owns that port and may run at the same time.
const PORT = 3002;

const vendors = [
  makeVendor(1, { name: "Northwind IT" }),
  makeVendor(2, { name: "=cmd|' /C calc'!A0" }),
  makeVendor(3, { name: "Contoso Managed Services" }),
];
const pack = packWithEvaluation(
  vendors,
  [makeReview("vendor-1", 1), makeReview("vendor-1", 2), makeReview("vendor-3", 1)],
  { name: "IT support 2027" },
);

let outside: PaneWithoutExtension;

beforeAll(async () => {
  outside = await startPaneWithoutExtension(PORT);
});

afterAll(async () => {
  await outside?.close();
});

async function openPane(
  platform: "OfficeOnline" | "PC",
  excelApi = "1.12",
): Promise<{ page: Page; errors: string[] }> {
  const page = await (await outside.newContext()).newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await openTaskPane(page, outside.pane, { platform, excelApi });
  return { page, errors };
}

describe("task pane in Chromium against the mocked Office host", () => {
  test("no extension: says why within a second, imports a vendor pack and shows its vendors", async () => {
    const { page, errors } = await openPane("OfficeOnline");
    const started = Date.now();
    const reason = page.getByTestId("fallback-reason");
    await reason.waitFor({ timeout: 5000 });
    const elapsed = Date.now() - started;
    expect(await reason.textContent()).toMatch(
      /not installed in this browser, or this is not Chrome or Edge/,
    );
    expect(elapsed).toBeLessThan(3000);

    await choosePackFile(page, pack, "office.vendorpack.json");
    await page.getByText("3 vendors, 3 reviews, 1 evaluation").waitFor();
    await page.getByRole("button", { name: "Use this pack" }).click();
    await page.getByText("3 of 3 vendors selected").waitFor();
    // Page-derived text stays text.
    await page.getByText("=cmd|' /C calc'!A0", { exact: false }).waitFor();
    expect(await page.getByTestId("weight-total").textContent()).toBe("Total 100%");
    expect(await page.getByRole("button", { name: "Build scorecard" }).isEnabled()).toBe(true);

    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT_DIR, "taskpane.png"), fullPage: true });

    // Build writes the live scorecard into the (mocked) open workbook.
    await page.getByRole("button", { name: "Build scorecard" }).click();
    await page.getByText("Scorecard built").waitFor({ timeout: 15_000 });
    const built = await readDoubleWorkbook(page);
    expect(built.sheetNames).toEqual(
      expect.arrayContaining(["Vendors", "Reviews", "Criteria", "Scorecard", "Costs"]),
    );
    const vendorCells = (built.sheets.Vendors ?? []).flat();
    expect(vendorCells).toEqual(expect.arrayContaining(["vendor-1", "vendor-2", "vendor-3", "Northwind IT"]));
    // Page text that looks like a formula is written as text.
    expect(vendorCells).toContain("=cmd|' /C calc'!A0");
    expect(
      Object.values(built.formulas)
        .flat()
        .filter((f) => f.includes("calc")),
    ).toEqual([]);
    expect(built.formulas.Scorecard?.length).toBeGreaterThan(0);
    // This localhost build is the development copy's: formulas name manifest.dev.xml's namespace.
    expect(built.formulas.Scorecard?.some((f) => f.includes("VSDEV.VENDORSCORE("))).toBe(true);
    await page.screenshot({ path: resolve(OUTPUT_DIR, "taskpane-built.png"), fullPage: true });

    // Build again refuses (the sheets exist) with the writer's sentence; Update refreshes.
    await page.getByRole("button", { name: "Build scorecard" }).click();
    await page.getByText("already has", { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Update scorecard" }).click();
    await page.getByText("Scorecard updated").waitFor({ timeout: 15_000 });

    // ExcelApi 1.12: the advisor-safe copy opens as a new workbook (an .xlsx, so base64 of a zip).
    await page.getByRole("button", { name: "Make advisor-safe copy" }).click();
    await page
      .getByText("The advisor-safe copy opened as a new workbook", { exact: false })
      .waitFor({ timeout: 15_000 });
    const workbook = await readDoubleWorkbook(page);
    expect(workbook.createdWorkbooks).toHaveLength(1);
    expect(workbook.createdWorkbooks[0]?.startsWithZip).toBe(true);
    expect(workbook.createdWorkbooks[0]?.base64Length).toBeGreaterThan(4000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("Excel without ExcelApi 1.8: the advisor-safe copy is offered as a download", async () => {
    const { page } = await openPane("OfficeOnline", "1.7");
    await choosePackFile(page, pack, "office.vendorpack.json");
    await page.getByRole("button", { name: "Use this pack" }).click();
    await page.getByText("3 of 3 vendors selected").waitFor();
    await page.getByRole("button", { name: "Make advisor-safe copy" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download IT support 2027 (advisor-safe).xlsx" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("IT support 2027 (advisor-safe).xlsx");
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await readDoubleWorkbook(page)).createdWorkbooks).toEqual([]);
    await page.context().close();
  });

  test("Excel desktop: names the platform as the reason, the pack path still works", async () => {
    const { page } = await openPane("PC");
    await page.getByTestId("fallback-reason").waitFor({ timeout: 5000 });
    expect(await page.getByTestId("fallback-reason").textContent()).toMatch(/Excel desktop/);
    expect(await page.getByRole("button", { name: "Import vendor pack…" }).isEnabled()).toBe(true);
    const workbook = await readDoubleWorkbook(page);
    expect(workbook.sheetNames).toEqual(["Sheet1"]);
    await page.context().close();
  });
});

describe("task pane outside Office with Microsoft's real office.js (@microsoft/office-js at the CDN address)", () => {
  test("Office.onReady calls back with no host, the pane says why it has no extension, and functions.js associates every function", async () => {
    const context = await outside.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const said: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => said.push(message.text()));
    const officeJs = await routeRealOfficeJs(page);
    // Taken before any page script runs: when office.js's onReady calls back, from navigation start.
    await page.addInitScript(() => {
      const w = window as unknown as { Office?: { onReady(): Promise<unknown> }; __onReadyMs?: number };
      const poll = setInterval(() => {
        if (!w.Office?.onReady) return;
        clearInterval(poll);
        void w.Office.onReady().then(() => {
          w.__onReadyMs = performance.now();
        });
      }, 1);
    });
    await page.goto(`${outside.pane.origin}/taskpane.html`);

    await page.getByTestId("fallback-reason").waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("fallback-reason").textContent()).toMatch(/not installed in this browser/);
    expect(await page.evaluate(() => Office.onReady())).toEqual({ host: null, platform: null, addin: null });
    expect(said).toContain("Warning: Office.js is loaded outside of Office client");
    const onReadyMs = await page.evaluate(() => (window as unknown as { __onReadyMs?: number }).__onReadyMs);
    expect(onReadyMs).toBeGreaterThan(0);
    console.log(
      `real office.js outside Office: Office.onReady called back ${Math.round(onReadyMs ?? 0)} ms after navigation start`,
    );

    // functions.js (beside office.js in the page's head) ran after it and tied every id in functions.json
    // to its wrapper in office.js's own association table.
    const metadata = JSON.parse(readFileSync(resolve(ADDIN_DIR, "functions.json"), "utf8")) as {
      functions: Array<{ id: string }>;
    };
    const associated = await page.evaluate(() =>
      Object.keys(
        (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, unknown> } } })
          .CustomFunctions._association.mappings,
      ),
    );
    expect(associated.sort()).toEqual(metadata.functions.map((f) => f.id).sort());

    // Every office.js file came from the package; nothing was missing from it.
    expect(officeJs.requests.map((r) => r.path)).toContain("office.js");
    expect(officeJs.requests.filter((r) => !r.served)).toEqual([]);
    // The pack path works with the real library loaded.
    await choosePackFile(page, pack, "office.vendorpack.json");
    await page.getByText("3 vendors, 3 reviews, 1 evaluation").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
