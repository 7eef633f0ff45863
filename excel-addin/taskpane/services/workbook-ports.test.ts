import { describe, expect, test } from "vitest";
import { TABLE_NAMES } from "../../../shared/scorecard/plan-table";
import type { ScorecardPlan } from "../../../shared/scorecard/scorecard-plan";
import { scorecardFixture } from "../../../tests/support/scorecard/scorecard-fixture";
import type { OfficeHost } from "./office-host";
import { workbookPorts } from "./workbook-ports";

const host: OfficeHost = {
  platform: () => null,
  canCreateWorkbook: () => false,
  createWorkbook: () => Promise.reject(new Error("not in this test")),
  offerDownload: () => undefined,
};

function scoreFormula(plan: ScorecardPlan, mode: "live" | "advisor-safe"): string | undefined {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.scorecard);
  const at = table?.columns.findIndex((c) => c.id === "score") ?? -1;
  const formula = table?.rows[0]?.cells[at]?.formula;
  return mode === "live" ? formula?.live : formula?.native;
}

describe("workbookPorts: the pane plans with the namespace of the manifest it was built for", () => {
  const { evaluation, vendors, reviews } = scorecardFixture();
  const input = { evaluation, vendors, reviews };

  test("development build (VSDEV): the live plan calls VSDEV.VENDORSCORE", () => {
    const plan = workbookPorts(host, "VSDEV").plan({ ...input, mode: "live" });
    expect(scoreFormula(plan, "live")).toMatch(/^=IFERROR\(VSDEV\.VENDORSCORE\(/);
  });

  test("production build (no namespace): the live plan calls VENDORSCORE", () => {
    const plan = workbookPorts(host, undefined).plan({ ...input, mode: "live" });
    expect(scoreFormula(plan, "live")).toMatch(/^=IFERROR\(VENDORSCORE\(/);
  });

  test("the advisor-safe copy's native formulas are the same in both builds", () => {
    const dev = workbookPorts(host, "VSDEV").plan({ ...input, mode: "advisor-safe" });
    const prod = workbookPorts(host, undefined).plan({ ...input, mode: "advisor-safe" });
    expect(scoreFormula(dev, "advisor-safe")).toBe(scoreFormula(prod, "advisor-safe"));
    expect(scoreFormula(dev, "advisor-safe")).toMatch(/^=IFERROR\(SUMPRODUCT\(/);
  });
});
