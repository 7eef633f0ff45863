/**
 * A row the owner types under a table, which Excel adds to the table (issue 18): the formulas that
 * read a whole column use structured references (VS_Scorecard[Score]) and the live ranks a spill
 * reference ('VendorScout ranks'!$A$2#), so the new row is scored, ranked and counted at once, in
 * both modes. HyperFormula has neither, so excel-references.ts resolves them to the ranges Excel would,
 * after the table grew; the file in LibreOffice is checked in scorecard-libreoffice.test.ts.
 */
import { HyperFormula, type RawCellContent, type Sheets } from "hyperformula";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import type { ScorecardMode, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { customFunctionsStub } from "../support/office/custom-functions-double";
import { formulaForRowBelow, resolveGrowingReferences, type TableExtent } from "./excel-references";
import { EXTRA_CRITERION, expectedWithHandVendor, HAND_VENDOR, ungatedFixture } from "./hand-typed-rows";
import { createVendorHyperFormula } from "./hyperformula-vendor-plugin";
import { planExtents, planGrid } from "./plan-in-hyperformula";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", customFunctionsStub);
  return () => vi.unstubAllGlobals();
});

type Grid = Record<string, RawCellContent[][]>;

/** The plan as Excel would hold it: formulas as written (structured and spill references kept). */
function excelGrid(plan: ScorecardPlan): { grid: Grid; tables: TableExtent[] } {
  return { grid: planGrid(plan), tables: planExtents(plan) };
}

/**
 * Types a row under a table as the owner would: the given constants by header, every calculated
 * column filled with the formula above it (Excel's calculated-column fill). Returns the new row.
 */
function addRow(grid: Grid, table: TableExtent, typed: Record<string, RawCellContent>): number {
  const rows = grid[table.sheet] as RawCellContent[][];
  const last = table.headerRow + table.bodyRows;
  const row = last + 1;
  rows[row] ??= [];
  table.headers.forEach((header, i) => {
    const above = rows[last]?.[table.left + i];
    const content =
      header in typed
        ? (typed[header] ?? null)
        : typeof above === "string" && above.startsWith("=")
          ? formulaForRowBelow(above)
          : null;
    (rows[row] as RawCellContent[])[table.left + i] = content;
  });
  table.bodyRows += 1;
  return row;
}

function evaluate(grid: Grid, tables: TableExtent[], spills: Map<string, number>): HyperFormula {
  createVendorHyperFormula({});
  const sheets: Sheets = {};
  for (const [name, rows] of Object.entries(grid)) {
    sheets[name] = Array.from(rows, (row) =>
      Array.from(row ?? [], (cell) =>
        typeof cell === "string" && cell.startsWith("=")
          ? resolveGrowingReferences(cell, tables, spills)
          : (cell ?? null),
      ),
    );
  }
  return HyperFormula.buildFromSheets(
    sheets,
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
    [
      { name: "TRUE", expression: "=TRUE()" },
      { name: "FALSE", expression: "=FALSE()" },
    ],
  );
}

function valueAt(hf: HyperFormula, table: TableExtent, row: number, header: string): unknown {
  const value = hf.getCellValue({
    sheet: hf.getSheetId(table.sheet) ?? -1,
    row,
    col: table.left + table.headers.indexOf(header),
  });
  if (typeof value === "object" && value !== null && "message" in value) {
    throw new Error(`${table.name} row ${row + 1} ${header}: ${String(value.value)} ${value.message}`);
  }
  return value === "" ? null : value;
}

describe.each(["live", "advisor-safe"] as ScorecardMode[])(
  "rows added by hand in the %s workbook",
  (mode) => {
    const fixture = ungatedFixture();
    const plan = planScorecard({ ...fixture, mode });
    const { grid, tables } = excelGrid(plan);
    const table = (name: string) => tables.find((t) => t.name === name) as TableExtent;
    const scorecard = table(TABLE_NAMES.scorecard);
    const criteria = table(TABLE_NAMES.criteria);
    const names = (t: TableExtent, ids: string[]) => {
      const columns = plan.sheets.flatMap((s) => s.tables).find((p) => p.name === t.name)?.columns ?? [];
      return Object.fromEntries(ids.map((id) => [id, columns.find((c) => c.id === id)?.header ?? id]));
    };
    const sc = names(scorecard, ["id", "name", "rating-cost", "rating-expertise", "rating-reliability"]);
    const cr = names(criteria, ["id", "name", "weight"]);

    // One row under each table; the Scorecard one outscores everyone, the Criteria one carries weight.
    const added = new Map<string, number>();
    for (const t of tables) {
      const typed: Record<string, RawCellContent> =
        t === scorecard
          ? {
              [sc.id as string]: `'${HAND_VENDOR.id}`,
              [sc.name as string]: `'${HAND_VENDOR.name}`,
              [sc["rating-cost"] as string]: HAND_VENDOR.ratings.cost,
              [sc["rating-expertise"] as string]: HAND_VENDOR.ratings.expertise,
              [sc["rating-reliability"] as string]: HAND_VENDOR.ratings.reliability,
            }
          : t === criteria
            ? {
                [cr.id as string]: `'${EXTRA_CRITERION.id}`,
                [cr.name as string]: `'${EXTRA_CRITERION.name}`,
                [cr.weight as string]: EXTRA_CRITERION.weight,
              }
            : { [t.headers[0] as string]: "'hand-added" };
      added.set(t.name, addRow(grid, t, typed));
    }
    const ranksAnchor = "'VendorScout ranks'!$A$2";
    // Built on first use, inside a test: the VENDOR* functions need the CustomFunctions stub in place.
    let engine: HyperFormula | undefined;
    const recalculated = () => {
      engine ??= evaluate(grid, tables, new Map([[ranksAnchor, scorecard.bodyRows]]));
      return engine;
    };

    const expected = expectedWithHandVendor(fixture);

    test("the added Scorecard row gets its score and the top rank; everyone else moves down one", () => {
      const row = added.get(TABLE_NAMES.scorecard) as number;
      expect(valueAt(recalculated(), scorecard, row, "Score") as number).toBeCloseTo(
        expected.score.get(HAND_VENDOR.id) as number,
        9,
      );
      expect(valueAt(recalculated(), scorecard, row, "Rank")).toBe(1);
      const first = scorecard.headerRow + 1;
      fixture.vendors.forEach((vendor, i) => {
        expect(valueAt(recalculated(), scorecard, first + i, "Rank"), vendor.id).toBe(
          expected.rank.get(vendor.id),
        );
      });
      expect([...expected.rank.values()]).toEqual([3, 2, 3, null, 5, 1]);
    });

    test("the added Criteria row's weight counts in every weight percentage", () => {
      const weightPct = criteria.headers.find((h) => /%/.test(h)) as string;
      expect(weightPct).toBeDefined();
      const total =
        fixture.evaluation.criteria.reduce((sum, c) => sum + c.weight, 0) + EXTRA_CRITERION.weight;
      const first = criteria.headerRow + 1;
      fixture.evaluation.criteria.forEach((c, i) => {
        expect(valueAt(recalculated(), criteria, first + i, weightPct) as number, c.id).toBeCloseTo(
          c.weight / total,
          12,
        );
      });
      expect(
        valueAt(recalculated(), criteria, added.get(TABLE_NAMES.criteria) as number, weightPct) as number,
      ).toBeCloseTo(EXTRA_CRITERION.weight / total, 12);
    });

    test("every formula of every added row evaluates without an error", () => {
      for (const t of tables) {
        const row = added.get(t.name) as number;
        for (const header of t.headers) expect(() => valueAt(recalculated(), t, row, header)).not.toThrow();
      }
    });
  },
);
