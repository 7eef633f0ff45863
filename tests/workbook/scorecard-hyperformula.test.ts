import { HyperFormula, type RawCellContent, type Sheets } from "hyperformula";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { writeScorecard } from "../../excel-addin/workbook/write-scorecard";
import { vendorSchema } from "../../shared/schema/vendor";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import type { ScorecardMode, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { costVendor } from "../../shared/scorecard/vendor-costing";
import { customFunctionsStub } from "../support/office/custom-functions-double";
import {
  asExcelContext,
  type DoubleWorkbook,
  ExcelContextDouble,
} from "../support/office/excel-context-double";
import { scorecardFixture } from "../support/scorecard/scorecard-fixture";
import { resolveGrowingReferences, type TableExtent } from "./excel-references";
import { createVendorHyperFormula } from "./hyperformula-vendor-plugin";
import { computedColumn, planSheets, RANKS_ANCHOR } from "./plan-in-hyperformula";
import { expectedFigures, planTable } from "./scorecard-expectations";

/** The day the fixture's plan computes working-hours overlap for (its evaluation's last change). */
const AS_OF = "2026-11-01";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", customFunctionsStub);
  return () => vi.unstubAllGlobals();
});

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

/** Numbers to 9 places; the sentences a cell shows instead of a number, exactly. */
function expectClose(actual: Map<string, unknown>, expected: Map<string, number | string | boolean | null>) {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (typeof want === "number") expect(got as number, key).toBeCloseTo(want, 9);
    else expect(got, key).toBe(want);
  }
}

function cellAt(hf: HyperFormula, plan: ScorecardPlan, tableName: string, columnId: string, key: string) {
  const table = planTable(plan, tableName);
  const row = table.rows.findIndex((r) => r.key === key);
  return {
    sheet: hf.getSheetId(table.sheet) ?? -1,
    row: table.top + (table.headerRow ? 1 : 0) + row,
    col: table.left + table.columns.findIndex((c) => c.id === columnId),
  };
}

describe.each(["advisor-safe", "live"] as ScorecardMode[])("the %s scorecard in HyperFormula", (mode) => {
  const fixture = scorecardFixture();
  const plan = planScorecard({ ...fixture, mode });
  const expected = expectedFigures(fixture.evaluation, fixture.vendors, AS_OF);

  test("scores, gates and ranks match shared/scoring: failing vendors rank after passing ones", () => {
    const hf = engine(planSheets(plan));
    expectClose(computedColumn(hf, plan, TABLE_NAMES.scorecard, "score"), expected.score);
    expectClose(computedColumn(hf, plan, TABLE_NAMES.scorecard, "passes"), expected.passes);
    expectClose(computedColumn(hf, plan, TABLE_NAMES.scorecard, "failed-gates"), expected.failedGates);
    expect(computedColumn(hf, plan, TABLE_NAMES.scorecard, "rank")).toEqual(expected.rank);
    // By hand: scores acme 74, bolt 87.5, copper 74, delta none, echo 66. Only acme and copper pass
    // every gate (bolt has no reliability rating and costs 450 x 3 seats = 1350 > 1000; echo rates
    // reliability 1 and its zone is unknown), so the tied pair share rank 1, bolt is 3, echo 4.
    expect([...expected.rank.values()]).toEqual([1, 3, 1, null, 4]);
    expect(expected.failedGates.get("bolt.io")).toBe(
      "Reliability and SLAs rated at least 2; Monthly cost at most 1000 USD",
    );
  });

  test("every step of the cost chain, TCO and savings match shared/cost", () => {
    const hf = engine(planSheets(plan));
    expectClose(computedColumn(hf, plan, TABLE_NAMES.costs, "monthly"), expected.monthly);
    expectClose(computedColumn(hf, plan, TABLE_NAMES.costs, "tco"), expected.tco);
    expectClose(computedColumn(hf, plan, TABLE_NAMES.costs, "savings"), expected.savings);
    const inHouse = computedColumn(hf, plan, TABLE_NAMES.baseline, "tco").get("In-house");
    expect(inHouse).toBeCloseTo(expected.inHouseTco, 9);
    // By hand: bolt 450 USD x 3 seats = 1350; echo 80 EUR x 10 h x 1.1 = 880 USD; acme's pick, Starter, 300.
    expect(expected.monthly.get("bolt.io")).toBe(1350);
    expect(expected.monthly.get("echo.biz")).toBeCloseTo(880, 9);
    expect(expected.monthly.get("acme.com")).toBe(300);
    // Delta's plan is in GBP, which has no rate: its TCO cell says so instead of showing a number.
    expect(computedColumn(hf, plan, TABLE_NAMES.costs, "tco").get("delta.net")).toBe("needs a rate for GBP");
  });

  test("a rate typed on the FX sheet and another plan picked from the list flow through to TCO", () => {
    const hf = engine(planSheets(plan));
    hf.setCellContents(cellAt(hf, plan, TABLE_NAMES.fx, "rate", "GBP"), 1.25);
    hf.setCellContents(cellAt(hf, plan, TABLE_NAMES.costs, "plan", "acme.com"), "'Plus");
    const evaluation = {
      ...fixture.evaluation,
      fxRates: [...fixture.evaluation.fxRates, { currency: "GBP", rate: 1.25, asOf: AS_OF }],
      vendorCosts: {
        ...fixture.evaluation.vendorCosts,
        "acme.com": { ...fixture.evaluation.vendorCosts["acme.com"], plan: "Plus" },
      },
    };
    const tco = computedColumn(hf, plan, TABLE_NAMES.costs, "tco");
    const [acme, , , delta] = fixture.vendors;
    if (!acme || !delta) throw new Error("fixture changed");
    expect(tco.get("delta.net") as number).toBeCloseTo(costVendor(evaluation, delta, "USD").tco as number, 9);
    expect(tco.get("acme.com") as number).toBeCloseTo(costVendor(evaluation, acme, "USD").tco as number, 9);
    // By hand: 99 GBP x 1.25 = 123.75 USD a month over 30 months.
    expect(costVendor(evaluation, delta, "USD").monthly).toBeCloseTo(123.75, 9);
  });

  test("a team size typed on the Costs sheet re-costs every per-seat plan, and only those", () => {
    const hf = engine(planSheets(plan));
    hf.setCellContents(cellAt(hf, plan, TABLE_NAMES.settings, "team-size", "Evaluation"), 5);
    const evaluation = { ...fixture.evaluation, teamSize: 5 };
    const [acme, bolt] = fixture.vendors;
    if (!acme || !bolt) throw new Error("fixture changed");
    const monthly = computedColumn(hf, plan, TABLE_NAMES.costs, "monthly");
    // By hand: Bolt's +Pro is 450 USD a month per seat: 450 x 5 = 2250 USD (it was 450 x 3 = 1350).
    // Acme's Starter is 300 USD a month for the business: still 300, whatever the team size.
    expect(computedColumn(hf, plan, TABLE_NAMES.costs, "seats").get("bolt.io")).toBe(5);
    expect(monthly.get("bolt.io")).toBe(2250);
    expect(monthly.get("acme.com")).toBe(300);
    expect(costVendor(evaluation, bolt, "USD").monthly).toBe(2250);
    const tco = computedColumn(hf, plan, TABLE_NAMES.costs, "tco");
    expect(tco.get("bolt.io") as number).toBeCloseTo(costVendor(evaluation, bolt, "USD").tco as number, 9);
    expect(tco.get("acme.com") as number).toBeCloseTo(costVendor(evaluation, acme, "USD").tco as number, 9);
  });

  test("a vendor costed for its own seat count keeps it when the team size changes", () => {
    const own = {
      ...fixture,
      evaluation: {
        ...fixture.evaluation,
        vendorCosts: { ...fixture.evaluation.vendorCosts, "bolt.io": { seats: 2 } },
      },
    };
    const ownPlan = planScorecard({ ...own, mode });
    const hf = engine(planSheets(ownPlan));
    hf.setCellContents(cellAt(hf, ownPlan, TABLE_NAMES.settings, "team-size", "Evaluation"), 5);
    // By hand: 450 USD x Bolt's own 2 seats = 900 USD a month, not 450 x 5.
    expect(computedColumn(hf, ownPlan, TABLE_NAMES.costs, "seats").get("bolt.io")).toBe(2);
    expect(computedColumn(hf, ownPlan, TABLE_NAMES.costs, "monthly").get("bolt.io")).toBe(900);
    const [, bolt] = own.vendors;
    if (!bolt) throw new Error("fixture changed");
    expect(costVendor(own.evaluation, bolt, "USD").monthly).toBe(900);
  });

  test("the plan cell lists that vendor's plans from the Plans sheet", () => {
    const costs = planTable(plan, TABLE_NAMES.costs);
    const at = costs.columns.findIndex((c) => c.id === "plan");
    expect(costs.rows.map((r) => r.cells[at]?.validation?.list)).toEqual([
      "=Plans!$E$2:$E$3",
      "=Plans!$E$4:$E$4",
      "=Plans!$E$5:$E$5",
      "=Plans!$E$6:$E$6",
      "=Plans!$E$7:$E$7",
    ]);
  });

  test("working-hours overlap: London with New York 3 h, Berlin 7 h, an unknown zone empty", () => {
    const hf = engine(planSheets(plan));
    const overlap = computedColumn(hf, plan, TABLE_NAMES.vendors, "overlap");
    expect(Object.fromEntries(overlap)).toEqual({
      "acme.com": 3,
      "bolt.io": 8,
      "copper.co": 7,
      "delta.net": null,
      "echo.biz": null,
    });
  });

  test("formula-looking page text evaluates as the text it is", () => {
    const hf = engine(planSheets(plan));
    const names = computedColumn(hf, plan, TABLE_NAMES.vendors, "name");
    expect(names.get("bolt.io")).toBe('=HYPERLINK("http://evil.example","click")');
  });
});

test("the advisor-safe copy writes overlap hours as values, with a note saying why", () => {
  const fixture = scorecardFixture();
  const plan = planScorecard({ ...fixture, mode: "advisor-safe" });
  const vendors = planTable(plan, TABLE_NAMES.vendors);
  const at = vendors.columns.findIndex((c) => c.id === "overlap");
  const acme = vendors.rows[0]?.cells[at];
  expect(acme?.formula).toBeUndefined();
  expect(acme?.value).toBe(3);
  expect(acme?.note).toMatch(/native Excel has no time-zone database/);
  const live = planTable(planScorecard({ ...fixture, mode: "live" }), TABLE_NAMES.vendors);
  expect(live.rows[0]?.cells[at]?.formula?.live).toMatch(/^=IFERROR\(VENDOROVERLAP\(Costs!\$G\$2,/);
});

test("an owner's weight change moves the scores the same way in both modes", () => {
  const fixture = scorecardFixture();
  const results = (["advisor-safe", "live"] as ScorecardMode[]).map((mode) => {
    const plan = planScorecard({ ...fixture, mode });
    const hf = engine(planSheets(plan));
    const criteria = planTable(plan, TABLE_NAMES.criteria);
    const sheet = hf.getSheetId(criteria.sheet) ?? 0;
    hf.setCellContents({ sheet, row: 1, col: 2 }, 90); // cost weight 30 -> 90
    return computedColumn(hf, plan, TABLE_NAMES.scorecard, "score");
  });
  const [native, live] = results;
  for (const [key, value] of native ?? []) {
    if (value === null) expect(live?.get(key)).toBeNull();
    else expect(live?.get(key) as number).toBeCloseTo(value as number, 12);
  }
  expect(native?.get("acme.com") as number).toBeCloseTo(((90 * 4 + 50 * 3 + 20 * 5) / 160 / 5) * 100, 12);
});

/** The mock workbook's cells as HyperFormula sheets: formulas as written, text escaped with "'". */
function workbookSheets(model: DoubleWorkbook): Sheets {
  const extents: TableExtent[] = [...model.tables.values()].map((t) => ({
    name: t.name,
    sheet: t.sheet,
    headerRow: t.row,
    left: t.col,
    headers: Array.from({ length: t.cols }, (_, c) =>
      String(model.sheet(t.sheet).formulaAt(t.row, t.col + c)),
    ),
    bodyRows: t.rows - 1,
  }));
  const scorecardRows = (model.tables.get(TABLE_NAMES.scorecard)?.rows ?? 1) - 1;
  const spills = new Map([[RANKS_ANCHOR, scorecardRows]]);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const [name, sheet] of model.sheets) {
    const grid: RawCellContent[][] = [];
    for (const [at, cell] of sheet.cells) {
      const [row, col] = at.split(",").map(Number) as [number, number];
      grid[row] ??= [];
      const content = cell.content;
      (grid[row] as RawCellContent[])[col] =
        typeof content === "string" && !cell.isFormula
          ? `'${content}`
          : typeof content === "string"
            ? resolveGrowingReferences(content, extents, spills)
            : content;
    }
    sheets[name] = Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }
  return sheets;
}

/** A table column of the written workbook, evaluated, by the row's Vendor ID. */
function workbookColumn(hf: HyperFormula, model: DoubleWorkbook, tableName: string, header: string) {
  const table = model.tables.get(tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const sheet = model.sheet(table.sheet);
  const sheetId = hf.getSheetId(table.sheet) ?? -1;
  const col = Array.from({ length: table.cols }, (_, c) => sheet.formulaAt(table.row, table.col + c)).indexOf(
    header,
  );
  if (col < 0) throw new Error(`no column ${header} in ${tableName}`);
  return new Map(
    Array.from({ length: table.rows - 1 }, (_, r) => {
      const row = table.row + 1 + r;
      const value = hf.getCellValue({ sheet: sheetId, row, col: table.col + col });
      if (typeof value === "object" && value !== null) throw new Error(`${header}: ${value.message}`);
      return [String(sheet.formulaAt(row, table.col)), value === "" ? null : value];
    }),
  );
}

test("the live workbook ranks as shared/scoring after a hand sort and an Update that appends vendors", async () => {
  const fixture = scorecardFixture();
  const context = new ExcelContextDouble();
  const model = context.model;
  await writeScorecard(asExcelContext(context), planScorecard({ ...fixture, mode: "live" }), {
    mode: "build",
  });
  // The owner sorts by hand: acme.com (row 4) and echo.biz (row 8) trade places, cells and all.
  const scorecard = model.sheet("Scorecard");
  const width = model.tables.get(TABLE_NAMES.scorecard)?.cols ?? 0;
  for (let col = 0; col < width; col++) {
    const a = scorecard.cell(3, col);
    scorecard.cells.set(`3,${col}`, scorecard.cell(7, col));
    scorecard.cells.set(`7,${col}`, a);
  }
  // The next pull adds a vendor tied with bolt.io (the top score), one tied with nobody and one unrated.
  const like = (id: string, criterionRatings: Record<string, number>) =>
    vendorSchema.parse({ ...fixture.vendors[0], id, name: id, website: `https://${id}/`, criterionRatings });
  const bolt = fixture.vendors.find((v) => v.id === "bolt.io");
  const added = [
    like("tied.example", { ...bolt?.criterionRatings }),
    like("low.example", { cost: 1, expertise: 1, reliability: 1 }),
    like("unrated.example", {}),
  ];
  const vendors = [...fixture.vendors, ...added];
  const evaluation = { ...fixture.evaluation, vendorIds: vendors.map((v) => v.id) };
  await writeScorecard(
    asExcelContext(context),
    planScorecard({ ...fixture, evaluation, vendors, mode: "live" }),
    {
      mode: "update",
    },
  );

  const hf = engine(workbookSheets(model));
  const rank = workbookColumn(hf, model, TABLE_NAMES.scorecard, "Rank");
  const expected = expectedFigures(evaluation, vendors, AS_OF);
  expect([...rank.keys()].slice(0, 5)).toEqual(["echo.biz", "bolt.io", "copper.co", "delta.net", "acme.com"]);
  expect(new Map([...rank].sort())).toEqual(new Map([...expected.rank].sort()));
  // Both ties share a rank: acme.com with copper.co at the top (they pass every gate), and bolt.io
  // with the new vendor, which copies its ratings and so also lacks the reliability rating a gate
  // requires: both rank after every passing vendor.
  expect([
    rank.get("acme.com"),
    rank.get("copper.co"),
    rank.get("bolt.io"),
    rank.get("tied.example"),
  ]).toEqual([1, 1, 3, 3]);
  expect(rank.get("unrated.example")).toBeNull();
});
