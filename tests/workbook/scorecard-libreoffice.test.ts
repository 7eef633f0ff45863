import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import type { ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { buildScorecardXlsx } from "../../xlsx/scorecard-xlsx";
import { scorecardFixture } from "../support/scorecard/scorecard-fixture";
import { recalculateInLibreOffice, requireLibreOffice } from "./recalculate-in-libreoffice";
import { type Expected, expectedFigures, planTable } from "./scorecard-expectations";

const run = promisify(execFile);
const fixture = scorecardFixture();
const AS_OF = "2026-11-01"; // the fixture evaluation's last change, the plan's overlap date
/** The same evaluation once the owner has a GBP rate: Delta's TCO becomes a number. */
const withGbpRate = {
  ...fixture.evaluation,
  fxRates: [...fixture.evaluation.fxRates, { currency: "GBP", rate: 1.25, asOf: AS_OF }],
};
/** The team size the owner types on the Costs sheet (the fixture's evaluation says 3). */
const TEAM_SIZE = 5;
let dir = "";
let recalculated = new Map<string, ExcelJS.Workbook>();

/**
 * LibreOffice recalculates each .xlsx (./recalculate-in-libreoffice.ts: the values it saves are its own).
 * The test also checks that those cells were empty before, so it cannot pass on stale values.
 */
beforeAll(async () => {
  requireLibreOffice();
  dir = await mkdtemp(join(tmpdir(), "vs-lo-"));
  // (1) the CLI's own output from a pack file
  const pack = join(dir, "library.vendorpack.json");
  await writeFile(
    pack,
    JSON.stringify(
      buildVendorPack({
        ...fixture,
        evaluations: [fixture.evaluation],
        appVersion: "0.1.0",
        exportedAt: new Date(0),
      }),
    ),
  );
  await run("npm", ["run", "-s", "scorecard", "--", pack, join(dir, "cli.xlsx")]);
  // (2) the same builder for the evaluation with a GBP rate, so every vendor with a plan has a TCO
  const typed = planScorecard({ ...fixture, evaluation: withGbpRate, mode: "advisor-safe" });
  await writeFile(join(dir, "typed.xlsx"), await buildScorecardXlsx(typed));
  // (3) the CLI's kind of file after the owner typed a team size of 5 on the Costs sheet's settings row
  // (the plan still says 3: only the formulas can carry the 5 to the seats).
  const base = planScorecard({ ...fixture, mode: "advisor-safe" });
  const team = new ExcelJS.Workbook();
  await team.xlsx.load((await buildScorecardXlsx(base)) as unknown as ArrayBuffer);
  const settings = planTable(base, TABLE_NAMES.settings);
  const teamSheet = team.getWorksheet(settings.sheet);
  if (!teamSheet) throw new Error("the .xlsx has no Costs sheet");
  const teamSizeColumn = settings.left + settings.columns.findIndex((c) => c.id === "team-size") + 1;
  teamSheet.getCell(settings.top + 2, teamSizeColumn).value = TEAM_SIZE;
  await writeFile(join(dir, "team.xlsx"), Buffer.from(await team.xlsx.writeBuffer()));
  recalculated = await recalculateInLibreOffice(dir, ["cli", "typed", "team"]);
}, 90_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The calculated values of one planned column, by row key ("" and absent results as null). */
function results(workbook: ExcelJS.Workbook, plan: ScorecardPlan, tableName: string, columnId: string) {
  const table = planTable(plan, tableName);
  const sheet = workbook.getWorksheet(table.sheet);
  const col = table.left + table.columns.findIndex((c) => c.id === columnId) + 1;
  const first = table.top + (table.headerRow ? 1 : 0) + 1;
  return new Map(
    table.rows.map((row, r) => {
      const value = sheet?.getCell(first + r, col).value as ExcelJS.CellFormulaValue | null;
      const result =
        value && typeof value === "object" && "formula" in value ? value.result : "not a formula";
      return [row.key, result === "" || result === undefined ? null : result];
    }),
  );
}

function expectClose(actual: Map<string, unknown>, expected: Map<string, number | string | boolean | null>) {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [key, want] of expected) {
    const got = actual.get(key);
    // LibreOffice stores results with 15 significant digits.
    if (typeof want === "number")
      expect(Math.abs((got as number) - want), key).toBeLessThanOrEqual(Math.abs(want) * 1e-12 + 1e-12);
    else expect(got, key).toBe(want);
  }
}

function checkAll(name: string, expected: Expected) {
  const workbook = recalculated.get(name);
  if (!workbook) throw new Error(`LibreOffice did not write ${name}.xlsx`);
  const plan = planScorecard({ ...fixture, mode: "advisor-safe" });
  expectClose(results(workbook, plan, TABLE_NAMES.scorecard, "score"), expected.score);
  // ExcelJS drops a stored FALSE result when it reads a file (LibreOffice writes <v>0</v> with t="b"),
  // so a failing vendor reads as no result here; which gates it fails is checked by name just below.
  const passes = results(workbook, plan, TABLE_NAMES.scorecard, "passes");
  expectClose(new Map([...passes].map(([key, value]) => [key, value ?? false])), expected.passes);
  expectClose(results(workbook, plan, TABLE_NAMES.scorecard, "failed-gates"), expected.failedGates);
  expect(results(workbook, plan, TABLE_NAMES.scorecard, "rank")).toEqual(expected.rank);
  expectClose(results(workbook, plan, TABLE_NAMES.costs, "monthly"), expected.monthly);
  expectClose(results(workbook, plan, TABLE_NAMES.costs, "tco"), expected.tco);
  expectClose(results(workbook, plan, TABLE_NAMES.costs, "savings"), expected.savings);
  const inHouse = results(workbook, plan, TABLE_NAMES.baseline, "tco").get("In-house") as number;
  expect(inHouse).toBeCloseTo(expected.inHouseTco, 6);
}

describe("the advisor-safe .xlsx recalculated by LibreOffice", () => {
  test("the files we wrote carry no cached results", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(dir, "cli.xlsx"))) as unknown as ArrayBuffer);
    const plan = planScorecard({ ...fixture, mode: "advisor-safe" });
    for (const value of results(workbook, plan, TABLE_NAMES.scorecard, "score").values())
      expect(value).toBeNull();
  });

  test("the CLI's file: scores, gates, ranks, the cost chain, TCO and savings match shared/", () => {
    const expected = expectedFigures(fixture.evaluation, fixture.vendors, AS_OF);
    checkAll("cli", expected);
    expect(expected.tco.get("delta.net")).toBe("needs a rate for GBP");
    expect([...expected.rank.values()]).toEqual([1, 3, 1, null, 4]);
  });

  test("with a GBP rate, the vendor priced in GBP gets a TCO that matches shared/cost", () => {
    const expected = expectedFigures(withGbpRate, fixture.vendors, AS_OF);
    expect(typeof expected.tco.get("delta.net")).toBe("number");
    checkAll("typed", expected);
  });

  test("a team size typed on the Costs sheet re-costs the per-seat plan: seats, monthly cost and TCO match shared/cost", () => {
    const workbook = recalculated.get("team");
    if (!workbook) throw new Error("LibreOffice did not write team.xlsx");
    const plan = planScorecard({ ...fixture, mode: "advisor-safe" });
    const expected = expectedFigures({ ...fixture.evaluation, teamSize: TEAM_SIZE }, fixture.vendors, AS_OF);
    expect(results(workbook, plan, TABLE_NAMES.costs, "seats").get("bolt.io")).toBe(TEAM_SIZE);
    // By hand: Bolt's +Pro, 450 USD a month per seat, x 5 seats = 2250 USD; Acme's Starter stays 300.
    expect(expected.monthly.get("bolt.io")).toBe(2250);
    expect(expected.monthly.get("acme.com")).toBe(300);
    expectClose(results(workbook, plan, TABLE_NAMES.costs, "monthly"), expected.monthly);
    expectClose(results(workbook, plan, TABLE_NAMES.costs, "tco"), expected.tco);
  });

  test("formula-looking page text survives as text", () => {
    const sheet = recalculated.get("cli")?.getWorksheet("Vendors");
    expect(sheet?.getCell("B3").value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(sheet?.getCell("B4").value).toBe("-Copper & Co");
  });
});
