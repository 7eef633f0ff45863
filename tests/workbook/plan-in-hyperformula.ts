/**
 * A ScorecardPlan laid into HyperFormula as the advisor-safe workbook would be, and a column of it
 * read back by row key: for tests that compare what the workbook computes with another surface.
 */
import { HyperFormula, type RawCellContent, type Sheets } from "hyperformula";
import { TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import { formulaFor, type ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { resolveGrowingReferences, type TableExtent } from "./excel-references";
import { planTable } from "./scorecard-expectations";

/** Where the live plan's one VENDORRANK spills from. */
export const RANKS_ANCHOR = "'VendorScout ranks'!$A$2";

/** The plan's Excel tables where the plan puts them, for resolving structured references. */
export function planExtents(plan: ScorecardPlan): TableExtent[] {
  return plan.sheets
    .flatMap((s) => s.tables)
    .filter((t) => t.excelTable)
    .map((t) => ({
      name: t.name,
      sheet: t.sheet,
      headerRow: t.top,
      left: t.left,
      headers: t.columns.map((c) => c.header),
      bodyRows: t.rows.length,
    }));
}

/**
 * The plan's cells by sheet, as rows that may have holes: headers and text escaped with "'" as a
 * literal, formulas of the plan's mode passed through `formula` (as written, unless told otherwise:
 * structured and spill references kept, as Excel holds them).
 */
export function planGrid(
  plan: ScorecardPlan,
  formula: (written: string) => string = (written) => written,
): Record<string, RawCellContent[][]> {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of plan.sheets) {
    const grid: RawCellContent[][] = [];
    const put = (row: number, col: number, content: RawCellContent) => {
      grid[row] ??= [];
      (grid[row] as RawCellContent[])[col] = content;
    };
    for (const table of sheet.tables) {
      if (table.headerRow) {
        table.columns.forEach((c, i) => {
          put(table.top, table.left + i, `'${c.header}`);
        });
      }
      const first = table.top + (table.headerRow ? 1 : 0);
      table.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          const written = formulaFor(cell, plan.mode);
          const value = cell.value ?? null;
          put(
            first + r,
            table.left + c,
            written !== undefined ? formula(written) : typeof value === "string" ? `'${value}` : value,
          );
        });
      });
    }
    sheets[sheet.name] = grid;
  }
  return sheets;
}

/**
 * The plan as HyperFormula sheets: formulas of the plan's mode, with structured and spill references
 * resolved as Excel would (HyperFormula has neither), text escaped with "'" as a literal.
 */
export function planSheets(plan: ScorecardPlan): Sheets {
  const extents = planExtents(plan);
  const spills = new Map([[RANKS_ANCHOR, planTable(plan, TABLE_NAMES.scorecard).rows.length]]);
  const grid = planGrid(plan, (written) => resolveGrowingReferences(written, extents, spills));
  return Object.fromEntries(
    Object.entries(grid).map(([name, rows]) => [
      name,
      Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null)),
    ]),
  );
}

/** Native formulas only (the advisor-safe plan): SUMPRODUCT over arrays needs useArrayArithmetic. */
export function nativeEngine(plan: ScorecardPlan): HyperFormula {
  return HyperFormula.buildFromSheets(planSheets(plan), {
    licenseKey: "gpl-v3",
    smartRounding: false,
    useArrayArithmetic: true,
  });
}

/** One column of a plan table as computed, by row key; an empty cell reads as null. */
export function computedColumn(
  hf: HyperFormula,
  plan: ScorecardPlan,
  tableName: string,
  columnId: string,
): Map<string, unknown> {
  const table = planTable(plan, tableName);
  const sheet = hf.getSheetId(table.sheet);
  if (sheet === undefined) throw new Error(`no sheet ${table.sheet}`);
  const col = table.left + table.columns.findIndex((c) => c.id === columnId);
  const first = table.top + (table.headerRow ? 1 : 0);
  return new Map(
    table.rows.map((row, r) => {
      const value = hf.getCellValue({ sheet, row: first + r, col });
      if (typeof value === "object" && value !== null)
        throw new Error(`${row.key} ${columnId}: ${value.value} ${value.message}`);
      return [row.key, value === "" ? null : value];
    }),
  );
}
