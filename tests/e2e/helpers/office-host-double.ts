import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";

/** The office.js URL taskpane.html loads (Microsoft's CDN); tests never reach the network for it. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface OfficeHostMockOptions {
  /** Office.context.diagnostics.platform. */
  platform?: "OfficeOnline" | "PC" | "Mac";
  /** The highest ExcelApi requirement set the mock claims (Excel.createWorkbook needs 1.8). */
  excelApi?: string;
}

const MOCK_SOURCE = readFileSync(new URL("./office-host-double.browser.js", import.meta.url), "utf8");

/**
 * Serves the mocked Office host in place of office.js for every page of `target`: for tests that need
 * what an Excel host provides (a workbook, requirement sets, a platform, the hosted frame). Tests that
 * need none serve Microsoft's real office.js instead (office-js-real.ts), which outside an Office host
 * resolves Office.onReady with host null and sends any frame to about:blank.
 */
export async function routeOfficeHostDouble(
  target: Page | BrowserContext,
  options: OfficeHostMockOptions = {},
): Promise<void> {
  const body = `window.__officeHostMockOptions = ${JSON.stringify(options)};\n${MOCK_SOURCE}`;
  await target.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body }),
  );
}

/** What the mocked workbook holds, read from the page. */
export interface MockWorkbookSnapshot {
  sheetNames: string[];
  sheets: Record<string, unknown[][]>;
  /** Per sheet, every formula as "A1: =…"; page text must never show up here. */
  formulas: Record<string, string[]>;
  syncs: number;
  runs: number;
  createdWorkbooks: Array<{ base64Length: number; startsWithZip: boolean }>;
}

export async function readDoubleWorkbook(page: Page): Promise<MockWorkbookSnapshot> {
  return page.evaluate(() => {
    type MockState = {
      sheetNames(): string[];
      readSheet(name: string): unknown[][];
      formulaCells(name: string): string[];
      syncs: number;
      runs: number;
      createdWorkbooks: Array<{ base64Length: number; startsWithZip: boolean }>;
    };
    const state = (window as unknown as { __vendorScoutExcel: MockState }).__vendorScoutExcel;
    const sheetNames = state.sheetNames();
    return {
      sheetNames,
      sheets: Object.fromEntries(sheetNames.map((name) => [name, state.readSheet(name)])),
      formulas: Object.fromEntries(sheetNames.map((name) => [name, state.formulaCells(name)])),
      syncs: state.syncs,
      runs: state.runs,
      createdWorkbooks: state.createdWorkbooks,
    };
  });
}
