/**
 * The unit double and the browser double answer the same contract scenarios (issue 18): the rules
 * Microsoft documents for Office.js, each with its page, in office-contract.ts. The browser double is
 * the very file the end-to-end tests serve in place of office.js, run here in a bare `window`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { asExcelContext, DoubleWorkbook, ExcelContextDouble } from "./excel-context-double";
import { OFFICE_CONTRACT, type OfficeDouble } from "./office-contract";

function unitDouble(): OfficeDouble {
  const model = new DoubleWorkbook();
  let syncs = 0;
  return {
    async run(batch) {
      const context = new ExcelContextDouble(model);
      try {
        return await batch(asExcelContext(context));
      } finally {
        syncs += context.syncs;
      }
    },
    syncs: () => syncs,
    isFormula: (sheet, row, col) => model.sheet(sheet).cells.get(`${row},${col}`)?.isFormula === true,
  };
}

interface BrowserState {
  syncs: number;
  sheets: Record<string, { cells: Map<string, { formula: string | null }> }>;
}

function browserDouble(): OfficeDouble {
  const source = readFileSync(
    resolve(import.meta.dirname, "../../e2e/helpers/office-host-double.browser.js"),
    "utf8",
  );
  const window: Record<string, unknown> = { __officeHostMockOptions: { excelApi: "1.13" } };
  new Function("window", source)(window);
  const excel = window.Excel as { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  const state = window.__vendorScoutExcel as BrowserState;
  return {
    run: (batch) => excel.run(batch),
    syncs: () => state.syncs,
    isFormula: (sheet, row, col) => Boolean(state.sheets[sheet]?.cells.get(`${row},${col}`)?.formula),
  };
}

describe.each([
  ["the unit double (excel-context-double.ts)", unitDouble],
  ["the browser double (office-host-double.browser.js)", browserDouble],
])("%s", (_, make) => {
  const double = make();
  test.each(OFFICE_CONTRACT.map((scenario) => [scenario.rule, scenario] as const))(
    "%s",
    async (_, scenario) => {
      expect(scenario.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      await scenario.check(double, (actual, message) => expect(actual, message));
    },
  );
});
