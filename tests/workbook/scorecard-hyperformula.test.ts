import { HyperFormula, type RawCellContent, type Sheets } from "hyperformula";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { customFunctionsStub } from "../../excel-addin/functions/custom-functions-stub";
import { scorecardFixture } from "../../shared/scorecard/fixtures/scorecard-fixture";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import { formulaFor, type ScorecardMode, type ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { createVendorHyperFormula } from "./hyperformula-vendor-plugin";
import { expectedFigures, planTable, typeOwnerCostInputs } from "./scorecard-expectations";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", customFunctionsStub);
  return () => vi.unstubAllGlobals();
});

/** The plan as HyperFormula sheets: formulas of the plan's mode, text escaped with "'" as a literal. */
function toSheets(plan: ScorecardPlan): Sheets {
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
          const formula = formulaFor(cell, plan.mode);
          const value = cell.value ?? null;
          put(first + r, table.left + c, formula ?? (typeof value === "string" ? `'${value}` : value));
        });
      });
    }
    sheets[sheet.name] = Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }
  return sheets;
}

/**
 * Excel evaluates SUMPRODUCT's arguments (and, in Excel 365, IF over a range) as arrays; HyperFormula
 * does so only with useArrayArithmetic, so the engine is built with it, plus the VENDOR* plugin.
 */
function engine(sheets: Sheets): HyperFormula {
  createVendorHyperFormula({}); // registers the VENDOR* plugin once
  return HyperFormula.buildFromSheets(
    sheets,
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
    [
      { name: "TRUE", expression: "=TRUE()" },
      { name: "FALSE", expression: "=FALSE()" },
    ],
  );
}

function column(hf: HyperFormula, plan: ScorecardPlan, tableName: string, columnId: string) {
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

function expectClose(actual: Map<string, unknown>, expected: Map<string, number | null>) {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (want === null) expect(got, key).toBeNull();
    else expect(got as number, key).toBeCloseTo(want, 9);
  }
}

describe.each(["advisor-safe", "live"] as ScorecardMode[])("the %s scorecard in HyperFormula", (mode) => {
  const fixture = scorecardFixture();
  const plan = planScorecard({ ...fixture, mode });
  typeOwnerCostInputs(plan);
  const expected = expectedFigures(fixture.evaluation, fixture.vendors, true);

  test("scores and ranks match shared/scoring, with a missing rating, an unrated vendor and a tie", () => {
    const hf = engine(toSheets(plan));
    expectClose(column(hf, plan, TABLE_NAMES.scorecard, "score"), expected.score);
    expect(column(hf, plan, TABLE_NAMES.scorecard, "rank")).toEqual(expected.rank);
    // The fixture's tie: the same ratings share rank 2 and rank 3 is skipped.
    expect([...expected.rank.values()]).toEqual([2, 1, 2, null, 4]);
  });

  test("TCO and savings match shared/cost, with overhead, escalation and discounting", () => {
    const hf = engine(toSheets(plan));
    expectClose(column(hf, plan, TABLE_NAMES.costs, "tco"), expected.tco);
    expectClose(column(hf, plan, TABLE_NAMES.costs, "savings"), expected.savings);
    const inHouse = column(hf, plan, TABLE_NAMES.baseline, "tco").get("In-house");
    expect(inHouse).toBeCloseTo(expected.inHouseTco, 9);
  });

  test("formula-looking page text evaluates as the text it is", () => {
    const hf = engine(toSheets(plan));
    const names = column(hf, plan, TABLE_NAMES.vendors, "name");
    expect(names.get("bolt.io")).toBe('=HYPERLINK("http://evil.example","click")');
  });
});

test("an owner's weight change moves the scores the same way in both modes", () => {
  const fixture = scorecardFixture();
  const results = (["advisor-safe", "live"] as ScorecardMode[]).map((mode) => {
    const plan = planScorecard({ ...fixture, mode });
    const hf = engine(toSheets(plan));
    const criteria = planTable(plan, TABLE_NAMES.criteria);
    const sheet = hf.getSheetId(criteria.sheet) ?? 0;
    hf.setCellContents({ sheet, row: 1, col: 2 }, 90); // cost weight 30 -> 90
    return column(hf, plan, TABLE_NAMES.scorecard, "score");
  });
  const [native, live] = results;
  for (const [key, value] of native ?? []) {
    if (value === null) expect(live?.get(key)).toBeNull();
    else expect(live?.get(key) as number).toBeCloseTo(value as number, 12);
  }
  expect(native?.get("acme.com") as number).toBeCloseTo(((90 * 4 + 50 * 3 + 20 * 5) / 160 / 5) * 100, 12);
});
