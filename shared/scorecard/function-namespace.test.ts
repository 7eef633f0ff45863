import { describe, expect, test } from "vitest";
import { VENDOR_FUNCTIONS } from "../../excel-addin/functions/registry";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { CUSTOM_FUNCTION_IDS, withFunctionNamespace } from "./function-namespace";
import { planPlacements, planScorecard, TABLE_NAMES } from "./plan-scorecard";
import { resolvePlan } from "./resolve-plan";
import type { ScorecardPlan } from "./scorecard-plan";

function liveFormulas(plan: ScorecardPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.tables.flatMap((table) =>
      table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.formula ? [cell.formula.live] : []))),
    ),
  );
}
function nativeFormulas(plan: ScorecardPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.tables.flatMap((table) =>
      table.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.formula ? [cell.formula.native] : []))),
    ),
  );
}
function scoreOf(plan: ScorecardPlan, key: string): string | undefined {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.scorecard);
  const at = table?.columns.findIndex((c) => c.id === "score") ?? -1;
  return table?.rows.find((r) => r.key === key)?.cells[at]?.formula?.live;
}

describe("withFunctionNamespace", () => {
  test("names every custom function the registry registers, and no other", () => {
    expect([...CUSTOM_FUNCTION_IDS].sort()).toEqual(Object.keys(VENDOR_FUNCTIONS).sort());
  });

  test("qualifies each call of the add-in's functions, nested ones too", () => {
    expect(
      withFunctionNamespace(
        "=IF(ISNUMBER(A1),VENDORTCO(B1,C1)+VENDORSAVINGS(D1,VENDORTCO(E1,F1)),SUM(A1:A3))",
        "VSDEV",
      ),
    ).toBe(
      "=IF(ISNUMBER(A1),VSDEV.VENDORTCO(B1,C1)+VSDEV.VENDORSAVINGS(D1,VSDEV.VENDORTCO(E1,F1)),SUM(A1:A3))",
    );
  });

  test("leaves text, quoted sheet names, structured-reference headers and qualified names alone", () => {
    const formula =
      '=IFERROR(VENDORSCORE(T[[#This Row],[VENDORSCORE(x]],\'VENDORRANK(s\'!$A$1),"VENDORRANK(""a"")")&VSDEV.VENDORAHP(A1)';
    expect(withFunctionNamespace(formula, "VSDEV")).toBe(
      '=IFERROR(VSDEV.VENDORSCORE(T[[#This Row],[VENDORSCORE(x]],\'VENDORRANK(s\'!$A$1),"VENDORRANK(""a"")")&VSDEV.VENDORAHP(A1)',
    );
  });

  test("a name that only starts like a custom function, or is not called, stays as it is", () => {
    expect(withFunctionNamespace("=VENDORSCORES(A1)+VENDORSCORE+MYVENDORSCORE(A1)", "VSDEV")).toBe(
      "=VENDORSCORES(A1)+VENDORSCORE+MYVENDORSCORE(A1)",
    );
  });

  test("without a namespace (the production manifest) the formula is unchanged", () => {
    expect(withFunctionNamespace("=VENDORSCORE(A1:B1,A2:B2)", undefined)).toBe("=VENDORSCORE(A1:B1,A2:B2)");
    expect(withFunctionNamespace("=VENDORSCORE(A1:B1,A2:B2)", "")).toBe("=VENDORSCORE(A1:B1,A2:B2)");
  });
});

describe("a plan for the development copy (namespace VSDEV) and for production", () => {
  const production = planScorecard({ ...scorecardFixture(), mode: "live" });
  const development = planScorecard({ ...scorecardFixture(), mode: "live", functionNamespace: "VSDEV" });

  test("the development plan calls VSDEV.VENDORSCORE, the production plan VENDORSCORE", () => {
    expect(scoreOf(production, "acme.com")).toBe('=IFERROR(VENDORSCORE(C4:E4,Scorecard!$C$1:$E$1),"")');
    expect(scoreOf(development, "acme.com")).toBe(
      '=IFERROR(VSDEV.VENDORSCORE(C4:E4,Scorecard!$C$1:$E$1),"")',
    );
  });

  test("every custom function call in the development plan is qualified, and nothing else changes", () => {
    const dev = liveFormulas(development);
    const prod = liveFormulas(production);
    const calls = /(^|[^A-Za-z0-9_.])(VENDOR[A-Z]+)\(/;
    expect(prod.some((f) => calls.test(f))).toBe(true);
    expect(dev.filter((f) => calls.test(f))).toEqual([]);
    expect(dev.map((f) => f.replaceAll("VSDEV.", ""))).toEqual(prod);
    expect(nativeFormulas(development)).toEqual(nativeFormulas(production));
  });

  test("the writer's re-resolution for a workbook's real places keeps the namespace", () => {
    const placements = new Map(planPlacements(development));
    const at = placements.get(TABLE_NAMES.scorecard);
    if (!at) throw new Error("The fixture has no scorecard table.");
    placements.set(TABLE_NAMES.scorecard, {
      ...at,
      rowOfKey: new Map([...at.rowOfKey].map(([k, r]) => [k, r + 5])),
    });
    expect(scoreOf(resolvePlan(development, placements, "live"), "acme.com")).toBe(
      '=IFERROR(VSDEV.VENDORSCORE(C9:E9,Scorecard!$C$1:$E$1),"")',
    );
  });

  test("an advisor-safe plan's native formulas are the same whatever the namespace", () => {
    const safe = planScorecard({ ...scorecardFixture(), mode: "advisor-safe" });
    const safeDev = planScorecard({
      ...scorecardFixture(),
      mode: "advisor-safe",
      functionNamespace: "VSDEV",
    });
    expect(nativeFormulas(safeDev)).toEqual(nativeFormulas(safe));
    expect(nativeFormulas(safe).some((f) => /VENDOR[A-Z]+\(/.test(f))).toBe(false);
  });
});
