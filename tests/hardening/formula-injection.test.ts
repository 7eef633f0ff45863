import ExcelJS from "exceljs";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildScorecardXlsx } from "../../extension/export/scorecard-xlsx";
import { planScorecard } from "../../shared/scorecard/plan-scorecard";
import type { PlanCell, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { fuzzParameters, fuzzTimeout } from "./fuzz-runs";
import { anyFormulaLikeText, FORMULA_STARTS, hostileLibrary, xmlSafeFormulaLikeText } from "./hostile-text";

/** Strings per generated library; the run counts below make 1,000 strings in `npm run fuzz`. */
const BATCH = 25;
const FULL_STRINGS = 1000;
const QUICK_STRINGS = 100;
const params = fuzzParameters(FULL_STRINGS / BATCH, QUICK_STRINGS / BATCH);
const quickParams = fuzzParameters(FULL_STRINGS / BATCH / 4, QUICK_STRINGS / BATCH / 4);

interface PlannedCell {
  sheet: string;
  row: number; // 1-based, as ExcelJS counts
  column: number; // 1-based
  cell: PlanCell;
  header: boolean;
}

/** Every cell the plan asks for (header cells as text), with its sheet address. */
function plannedCells(plan: ScorecardPlan): PlannedCell[] {
  const cells: PlannedCell[] = [];
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const bodyTop = table.top + (table.headerRow ? 1 : 0);
      if (table.headerRow) {
        table.columns.forEach((column, c) => {
          cells.push({
            sheet: sheet.name,
            row: table.top + 1,
            column: table.left + c + 1,
            cell: { value: column.header, text: true },
            header: true,
          });
        });
      }
      table.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          cells.push({
            sheet: sheet.name,
            row: bodyTop + r + 1,
            column: table.left + c + 1,
            cell,
            header: false,
          });
        });
      });
    }
  }
  return cells;
}

function startsLikeFormula(value: string): boolean {
  return FORMULA_STARTS.some((start) => value.startsWith(start));
}

/** The plan must carry each generated string in a text cell, or the checks below would prove nothing. */
function expectPlanCarries(plan: ScorecardPlan, texts: readonly string[]): void {
  const textValues = new Set(
    plannedCells(plan)
      .filter((planned) => planned.cell.text && typeof planned.cell.value === "string")
      .map((planned) => planned.cell.value),
  );
  for (const text of texts) expect(textValues.has(text)).toBe(true);
}

/**
 * Builds the export for `texts` and reads it back with ExcelJS: every text cell of the plan is a
 * string cell (never a formula) formatted as text, equal to the planned string when `exact`, and no
 * cell but the plan's own formula cells holds a formula. Returns how many formula-looking cells it saw.
 */
async function checkExport(texts: readonly string[], exact: boolean): Promise<number> {
  const plan = planScorecard({ ...hostileLibrary(texts), mode: "advisor-safe" });
  expectPlanCarries(plan, texts);
  const bytes = await buildScorecardXlsx(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

  let hostileCells = 0;
  const formulaAddresses = new Set<string>();
  for (const planned of plannedCells(plan)) {
    const worksheet = workbook.getWorksheet(planned.sheet);
    expect(worksheet).toBeDefined();
    const cell = worksheet!.getCell(planned.row, planned.column);
    const address = `${planned.sheet}!${cell.address}`;
    if (planned.cell.formula) {
      formulaAddresses.add(address);
      continue;
    }
    const value = planned.cell.value;
    if (typeof value !== "string" || !planned.cell.text) continue;
    expect(cell.formula, address).toBeUndefined();
    expect(cell.type, address).not.toBe(ExcelJS.ValueType.Formula);
    const read = planned.cell.hyperlink ? cell.text : cell.value;
    if (exact) expect(read, address).toBe(value);
    else expect(typeof read, address).toBe("string");
    if (!planned.header) expect(cell.numFmt, address).toBe("@");
    if (startsLikeFormula(value)) hostileCells++;
  }
  // Nothing but the plan's own formulas is a formula anywhere in the file.
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) {
          expect(formulaAddresses.has(`${worksheet.name}!${cell.address}`), cell.address).toBe(true);
        }
      });
    });
  }
  return hostileCells;
}

describe("formula-looking page text in the advisor-safe .xlsx export", () => {
  test(
    `${params.numRuns * BATCH} strings starting with = + - @ or tab read back as the same text, never as formulas`,
    async () => {
      let hostileCells = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(xmlSafeFormulaLikeText, { minLength: BATCH, maxLength: BATCH }),
          async (texts) => {
            hostileCells += await checkExport(texts, true);
          },
        ),
        params,
      );
      // Each string lands in several cells (vendor name on three sheets, notes, review title and body).
      expect(hostileCells).toBeGreaterThanOrEqual(params.numRuns * BATCH * 4);
    },
    fuzzTimeout(300_000),
  );

  test(
    "any UTF-16 text after a formula start (CR, controls, lone surrogates) still opens as text, never a formula",
    async () => {
      let hostileCells = 0;
      // U+FFFE and U+FFFF are left out: today they make the file unreadable (see the hardening report).
      const anyText = anyFormulaLikeText.filter((text) => !/[\uFFFE\uFFFF]/.test(text));
      await fc.assert(
        fc.asyncProperty(fc.array(anyText, { minLength: BATCH, maxLength: BATCH }), async (texts) => {
          hostileCells += await checkExport(texts, false);
        }),
        quickParams,
      );
      expect(hostileCells).toBeGreaterThanOrEqual(quickParams.numRuns * BATCH * 4);
    },
    fuzzTimeout(300_000),
  );
});
