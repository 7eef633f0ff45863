import { describe, expect, test } from "vitest";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { planPlacements, planScorecard, TABLE_NAMES } from "./plan-scorecard";
import { resolvePlan } from "./resolve-plan";
import { formulaFor } from "./scorecard-plan";

const plan = planScorecard({ ...scorecardFixture(), mode: "live" });
const scorecard = () => plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.scorecard)!;
const scoreAt = scorecard().columns.findIndex((c) => c.id === "score");

describe("resolvePlan", () => {
  test("for the planned layout it gives the plan's own cells (planScorecard resolves through it)", () => {
    expect(resolvePlan(plan, planPlacements(plan))).toEqual(plan);
  });

  test("for rows the owner sorted, each formula follows its row", () => {
    const placements = new Map(planPlacements(plan));
    const at = placements.get(TABLE_NAMES.scorecard)!;
    // acme.com (sheet row 3) and echo.biz (sheet row 7) trade places.
    placements.set(TABLE_NAMES.scorecard, {
      ...at,
      rowOfKey: new Map(
        [...at.rowOfKey].map(([k, r]) => [k, k === "acme.com" ? 7 : k === "echo.biz" ? 3 : r]),
      ),
    });
    const resolved = resolvePlan(plan, placements);
    const table = resolved.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.scorecard)!;
    const acme = table.rows.find((r) => r.key === "acme.com")!;
    expect(formulaFor(acme.cells[scoreAt]!, "live")).toBe(
      '=IFERROR(VENDORSCORE(C8:E8,Scorecard!$C$1:$E$1),"")',
    );
    expect(formulaFor(acme.cells[scoreAt]!, "advisor-safe")).toMatch(
      /^=IFERROR\(SUMPRODUCT\(--\(C8:E8<>""\)/,
    );
  });

  test("asked for one mode, it leaves the other side a template and does not change its input", () => {
    const before = JSON.stringify(plan);
    const resolved = resolvePlan(plan, planPlacements(plan), "live");
    const cell = resolved.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.scorecard)!
      .rows[0]!.cells[scoreAt]!;
    expect(cell.formula?.native).toContain("{c|");
    expect(JSON.stringify(plan)).toBe(before);
  });
});
