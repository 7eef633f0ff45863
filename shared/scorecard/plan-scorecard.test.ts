import { describe, expect, test } from "vitest";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { planScorecard, SHEET_NAMES, TABLE_NAMES } from "./plan-scorecard";
import { formulaFor, type PlanTable, type ScorecardPlan } from "./scorecard-plan";

const fixture = scorecardFixture();
const plan = planScorecard({ ...fixture, mode: "advisor-safe" });

function tableOf(p: ScorecardPlan, name: string): PlanTable {
  const found = p.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function columnValues(t: PlanTable, id: string) {
  const index = t.columns.findIndex((c) => c.id === id);
  return t.rows.map((row) => row.cells[index]);
}

/**
 * The distinct cell references of a formula, string literals aside. "-ROW(first)+1" only counts the
 * row's position for INDEX over VENDORRANK's spill, so it reads no value and is left out.
 */
function references(formula: string): string[] {
  const stripped = formula.replace(/"[^"]*"/g, "").replace(/-ROW\([^)]*\)\+1/g, "");
  return [...new Set(stripped.match(/(?:[A-Za-z]+!)?\$?[A-Z]{1,3}\$?\d+(?![\d(])/g) ?? [])].sort();
}

describe("planScorecard", () => {
  test("plans the five sheets of DESIGN.md, then Plans, FX and Gates, with frozen headers", () => {
    expect(plan.sheets.map((s) => [s.name, s.freezeRows])).toEqual([
      ["Vendors", 1],
      ["Reviews", 1],
      ["Criteria", 1],
      ["Scorecard", 3],
      ["Costs", 7],
      ["Plans", 1],
      ["FX", 1],
      ["Gates", 1],
    ]);
  });

  test("every per-vendor table has one row per evaluated vendor, keyed and led by the vendor id", () => {
    for (const name of [TABLE_NAMES.vendors, TABLE_NAMES.scorecard, TABLE_NAMES.costs]) {
      const t = tableOf(plan, name);
      expect(t.rows.map((r) => r.key)).toEqual(fixture.evaluation.vendorIds);
      expect(t.columns[0]?.kind).toBe("key");
      expect(t.rows.map((r) => r.cells[0]?.value)).toEqual(fixture.evaluation.vendorIds);
    }
  });

  test("vendors outside the evaluation and their reviews are left out", () => {
    const evaluation = { ...fixture.evaluation, vendorIds: ["acme.com", "unknown.example"] };
    const small = planScorecard({ ...fixture, evaluation, mode: "live" });
    expect(tableOf(small, TABLE_NAMES.scorecard).rows.map((r) => r.key)).toEqual(["acme.com"]);
    expect(tableOf(small, TABLE_NAMES.reviews).rows.map((r) => r.key)).toEqual(["r-1"]);
  });

  test("formula-looking page text stays a text value, never a formula", () => {
    const names = columnValues(tableOf(plan, TABLE_NAMES.vendors), "name");
    expect(names[1]).toEqual({ value: '=HYPERLINK("http://evil.example","click")', text: true });
    expect(names[2]).toEqual({ value: "-Copper & Co", text: true });
    const bodies = columnValues(tableOf(plan, TABLE_NAMES.reviews), "body");
    expect(bodies.map((c) => c?.value)).toEqual([
      "+SUM(A1:A9)",
      "-2+3",
      "\tTabbed body",
      "\r=cmd|' /C calc'!A0",
    ]);
    for (const t of plan.sheets.flatMap((s) => s.tables)) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (typeof cell.value === "string") expect(cell.text).toBe(true);
          if (cell.text) expect(cell.formula).toBeUndefined();
        }
      }
    }
  });

  test("only http(s) addresses become hyperlinks", () => {
    const websites = columnValues(tableOf(plan, TABLE_NAMES.vendors), "website");
    expect(websites[0]).toEqual({ value: "https://acme.com/", text: true, hyperlink: "https://acme.com/" });
    const vendors = fixture.vendors.map((v, i) => (i === 0 ? { ...v, website: "javascript:alert(1)" } : v));
    const hostile = planScorecard({ ...fixture, vendors, mode: "live" });
    expect(columnValues(tableOf(hostile, TABLE_NAMES.vendors), "website")[0]?.hyperlink).toBeUndefined();
  });

  test("owner ratings are prefilled owner cells; a missing rating is an empty cell", () => {
    const t = tableOf(plan, TABLE_NAMES.scorecard);
    const reliability = t.columns.find((c) => c.id === "rating-reliability");
    expect(reliability?.kind).toBe("owner");
    expect(columnValues(t, "rating-reliability").map((c) => c?.value)).toEqual([5, null, 5, null, 1]);
    expect(tableOf(plan, TABLE_NAMES.criteria).columns.find((c) => c.id === "weight")?.kind).toBe("owner");
  });

  test("score and rank formulas: custom functions live, native functions advisor-safe", () => {
    const t = tableOf(plan, TABLE_NAMES.scorecard);
    const score = columnValues(t, "score")[0]!;
    const rank = columnValues(t, "rank")[0]!;
    expect(formulaFor(score, "live")).toBe('=IFERROR(VENDORSCORE(C4:E4,Scorecard!$C$1:$E$1),"")');
    expect(formulaFor(score, "advisor-safe")).toBe(
      '=IFERROR(SUMPRODUCT(--(C4:E4<>""),C4:E4,Scorecard!$C$1:$E$1)/SUMPRODUCT(--(C4:E4<>""),Scorecard!$C$1:$E$1)/5*100,"")',
    );
    // Live: each row reads its rank, by position, from the one VENDORRANK spilled on the hidden sheet.
    expect(formulaFor(rank, "live")).toBe(
      "=IF(ISNUMBER(F4),INDEX('VendorScout ranks'!$A$2#,ROW(F4)-ROW($F$4)+1),\"\")",
    );
    expect(formulaFor(rank, "advisor-safe")).not.toMatch(/VENDOR/);
    const ranks = tableOf(planScorecard({ ...fixture, mode: "live" }), TABLE_NAMES.ranks);
    expect(ranks).toMatchObject({
      sheet: SHEET_NAMES.ranks,
      top: 0,
      left: 0,
      headerRow: true,
      excelTable: false,
      liveOnly: true,
    });
    expect(ranks.rows).toHaveLength(1);
    expect(formulaFor(ranks.rows[0]!.cells[0]!, "live")).toBe(
      "=VENDORRANK(IF(ISNUMBER(VS_Scorecard[Score]),VS_Scorecard[Score],-1),TRUE,IF(ISNUMBER(VS_Scorecard[Score]),VS_Scorecard[Passes gates],FALSE))",
    );
  });

  test("a live scorecard calls VENDORRANK once, not once per row", () => {
    const live = planScorecard({ ...fixture, mode: "live" });
    expect(tableOf(live, TABLE_NAMES.scorecard).rows.length).toBeGreaterThan(1);
    const calls = live.sheets
      .flatMap((s) => s.tables)
      .flatMap((t) => t.rows.flatMap((r) => r.cells))
      .filter((cell) => formulaFor(cell, "live")?.includes("VENDORRANK"));
    expect(calls).toHaveLength(1);
  });

  test("only the live workbook has the hidden ranks sheet; the Scorecard sheet is the same in both", () => {
    expect(plan.sheets.map((s) => s.name)).not.toContain(SHEET_NAMES.ranks);
    const livePlan = planScorecard({ ...fixture, mode: "live" });
    expect(livePlan.sheets.at(-1)).toMatchObject({ name: SHEET_NAMES.ranks, hidden: true });
    const scorecardOf = (p: ScorecardPlan) => p.sheets.find((s) => s.name === SHEET_NAMES.scorecard)!;
    expect(scorecardOf(livePlan).tables.map((t) => t.name)).toEqual([
      TABLE_NAMES.weights,
      TABLE_NAMES.scorecard,
    ]);
    expect(scorecardOf(livePlan).charts).toEqual(scorecardOf(plan).charts);
  });

  test("both modes of every formula read the same cells", () => {
    for (const t of [plan, planScorecard({ ...fixture, mode: "live" })]
      .flatMap((p) => p.sheets)
      .flatMap((s) => s.tables)) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (!cell.formula) continue;
          if (t.name === TABLE_NAMES.ranks) continue; // live only: the advisor-safe copy has no such block
          // Live only: native Excel has no time-zone database (advisor-safe writes values instead).
          if (cell.formula.live.includes("VENDOROVERLAP")) continue;
          const live = references(cell.formula.live);
          const native = references(cell.formula.native);
          if (cell.formula.live.includes("INDEX('VendorScout ranks'!")) {
            // Rank: live reads the spilled ranks, which read the same Score and Passes columns the native
            // count reads; what the row itself reads live, the native count reads too.
            // (references() reads the spill's quoted sheet name as plain $A$ cells.)
            const own = live.filter((ref) => !/^\$A\$\d+$/.test(ref) && !ref.includes("ranks"));
            for (const ref of own) expect(native).toContain(ref);
            // The whole Score and Passes columns, by structured reference so hand-added rows count.
            expect(cell.formula.native).toContain("VS_Scorecard[Score]");
            expect(cell.formula.native).toContain("VS_Scorecard[Passes gates]");
            continue;
          }
          expect(live).toEqual(native);
        }
      }
    }
  });

  test("the weights row sits above the rating columns and points at the Criteria weights", () => {
    const weights = tableOf(plan, TABLE_NAMES.weights);
    const scorecard = tableOf(plan, TABLE_NAMES.scorecard);
    const ratingColumns = scorecard.columns.flatMap((c, i) => (c.id.startsWith("rating-") ? [i] : []));
    const weightColumns = weights.columns.flatMap((c, i) => (c.id.startsWith("weight-") ? [i] : []));
    expect(weightColumns).toEqual(ratingColumns);
    expect(weights.rows[0]?.cells.slice(2).map((c) => c.formula?.native)).toEqual([
      "=Criteria!$C$2",
      "=Criteria!$C$3",
      "=Criteria!$C$4",
    ]);
  });

  test("costs: the owner's plan or the cheapest, seats from the team size, settings from the evaluation", () => {
    const t = tableOf(plan, TABLE_NAMES.costs);
    // Acme: the owner's pick, Starter (the cheaper Plus is 250 a month); the rest have one plan each.
    expect(columnValues(t, "plan").map((c) => c?.value)).toEqual([
      "Starter",
      "+Pro",
      "@Quarterly",
      "Basic",
      "Hourly",
    ]);
    // Seats follow the settings row's team size (Costs!$C$2, 3 in the fixture) unless a vendor has its own.
    expect(columnValues(t, "seats").map((c) => c?.formula?.native)).toEqual(Array(5).fill("=Costs!$C$2"));
    expect(columnValues(t, "seats").map((c) => c?.value)).toEqual(Array(5).fill(undefined));
    expect(columnValues(t, "units").map((c) => c?.value)).toEqual([null, null, null, null, 10]);
    expect(columnValues(t, "setup-fee").map((c) => c?.value)).toEqual([500, 0, 250, 0, 0]);
    const settings = tableOf(plan, TABLE_NAMES.settings);
    expect(settings.rows[0]?.cells.slice(1, 4).map((c) => c.value)).toEqual(["USD", 3, 30]);
    const baseline = tableOf(plan, TABLE_NAMES.baseline);
    expect(baseline.rows[0]?.cells[1]).toEqual({ value: 1000 });
  });

  test("the FX sheet lists every other currency the plans use, with the owner's rate or none", () => {
    const fx = tableOf(plan, TABLE_NAMES.fx);
    expect(fx.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ["EUR", 1.1, "2026-11-01", "Echo"],
      ["GBP", null, null, "Delta\tNet"],
    ]);
    expect(fx.columns[1]?.header).toBe("Rate: 1 unit in USD");
  });

  test("the Plans sheet lists each vendor's plans together, keyed by position, not by page text", () => {
    const plans = tableOf(plan, TABLE_NAMES.plans);
    expect(plans.rows.map((r) => r.key)).toEqual([
      "acme.com#1",
      "acme.com#2",
      "bolt.io#1",
      "copper.co#1",
      "delta.net#1",
      "echo.biz#1",
    ]);
    expect(columnValues(plans, "lookup").map((c) => c?.value)).toContain("bolt.io|+Pro");
  });

  test("the Vendors sheet says when a vendor is relied on in another evaluation too", () => {
    const other = {
      ...fixture.evaluation,
      id: "eval-it",
      name: "IT 2027",
      function: "it-support" as const,
      vendorIds: ["acme.com"],
    };
    const p = planScorecard({ ...fixture, mode: "live", allEvaluations: [fixture.evaluation, other] });
    const risk = columnValues(tableOf(p, TABLE_NAMES.vendors), "dependency").map((c) => c?.value ?? null);
    expect(risk).toEqual([
      "Selected in 2 evaluations for 2 functions: it-support (IT 2027); accounting-payroll (Bookkeeping 2027)",
      null,
      null,
      null,
      null,
    ]);
  });

  test("score has data bars and a bar chart sits beside the scorecard", () => {
    expect(tableOf(plan, TABLE_NAMES.scorecard).dataBars).toEqual(["score"]);
    const sheet = plan.sheets.find((s) => s.name === SHEET_NAMES.scorecard);
    expect(sheet?.charts).toEqual([
      expect.objectContaining({ type: "bar", categoryColumn: "name", valueColumn: "score" }),
    ]);
  });

  test("headers are unique ignoring case, as Excel requires", () => {
    const evaluation = {
      ...fixture.evaluation,
      criteria: [
        { ...fixture.evaluation.criteria[0]!, id: "a", name: "Score" },
        { ...fixture.evaluation.criteria[1]!, id: "b", name: "score" },
      ],
    };
    const t = tableOf(planScorecard({ ...fixture, evaluation, mode: "live" }), TABLE_NAMES.scorecard);
    const headers = t.columns.map((c) => c.header.toLowerCase());
    expect(new Set(headers).size).toBe(headers.length);
  });

  test("an evaluation with no vendors plans empty tables", () => {
    const evaluation = { ...fixture.evaluation, vendorIds: [] };
    const empty = planScorecard({ ...fixture, evaluation, mode: "live" });
    expect(tableOf(empty, TABLE_NAMES.scorecard).rows).toEqual([]);
  });
});
