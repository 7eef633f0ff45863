import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { planScorecard } from "../shared/scorecard/plan-scorecard";
import { scorecardFixture } from "../tests/support/scorecard/scorecard-fixture";
import { SCORECARD_TABLES, SCORECARD_TABS } from "../tests/support/scorecard/workbook-names";
import { buildScorecardXlsx } from "./scorecard-xlsx";

const fixture = scorecardFixture();

async function build(mode: "live" | "advisor-safe" = "advisor-safe") {
  const bytes = await buildScorecardXlsx(planScorecard({ ...fixture, mode }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { bytes, workbook };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("buildScorecardXlsx", () => {
  test("writes the eight sheets as a zip package", async () => {
    const { bytes, workbook } = await build();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SCORECARD_TABS);
  });

  test("the plan cell is a drop-down of the vendor's plans; overlap hours carry their note", async () => {
    const { workbook } = await build();
    const plan = sheet(workbook, "Costs").getCell("C8");
    expect(plan.value).toBe("Starter");
    expect(plan.dataValidation).toMatchObject({ type: "list", formulae: ["Plans!$E$2:$E$3"] });
    const vendors = sheet(workbook, "Vendors");
    const header = (vendors.getRow(1).values as unknown[]).indexOf("Overlap with owner (h)");
    const overlap = vendors.getCell(2, header);
    expect(overlap.value).toBe(3);
    expect(JSON.stringify(overlap.note)).toMatch(/native Excel has no time-zone database/);
  });

  test("formula-looking page text is stored as strings, never as formulas", async () => {
    const { bytes, workbook } = await build();
    const vendors = sheet(workbook, "Vendors");
    expect(vendors.getCell("B3").value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(vendors.getCell("B4").value).toBe("-Copper & Co");
    const reviews = sheet(workbook, "Reviews");
    expect(reviews.getCell("H2").value).toBe("=1+1");
    expect(reviews.getCell("I2").value).toBe("+SUM(A1:A9)");
    expect(reviews.getCell("H3").value).toBe("@cmd");
    expect(reviews.getCell("I4").value).toBe("\tTabbed body");
    // And in the package itself: no <f> element carries page text.
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? "");
      for (const formula of formulas) {
        expect(formula).not.toMatch(/evil|SUM\(A1:A9\)|^1\+1$/);
      }
    }
  });

  test("score and rank are native formulas even when given a live plan", async () => {
    const { workbook } = await build("live");
    const scorecard = sheet(workbook, "Scorecard");
    const score = scorecard.getCell("F4").value as ExcelJS.CellFormulaValue;
    expect(score.formula).toMatch(/^IFERROR\(SUMPRODUCT\(/);
    const rank = scorecard.getCell("I4").value as ExcelJS.CellFormulaValue;
    expect(rank.formula).toMatch(/SUMPRODUCT\(ISNUMBER/);
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue | null;
          if (v && typeof v === "object" && "formula" in v) expect(v.formula).not.toMatch(/VENDOR/);
        }),
      );
    }
    // The live plan's VENDORRANK block beside the table is left out whole, header and all.
    const texts: unknown[] = [];
    scorecard.eachRow((row) => row.eachCell((cell) => void texts.push(cell.value)));
    expect(texts).not.toContain("Rank by row (VENDORRANK)");
    expect(texts).toContain("Rank");
  });

  test("Excel tables, frozen headers, number formats, data bars and hyperlinks", async () => {
    const { bytes, workbook } = await build();
    const scorecard = sheet(workbook, "Scorecard");
    expect(scorecard.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(scorecard.getCell("F4").numFmt).toBe("0.0");
    expect(sheet(workbook, "Costs").getCell("W8").numFmt).toBe("0.0%");
    expect(sheet(workbook, "Vendors").getCell("A2").numFmt).toBe("@");
    expect(sheet(workbook, "Vendors").getCell("C2").value).toEqual({
      text: "https://acme.com/",
      hyperlink: "https://acme.com/",
    });
    const zip = await JSZip.loadAsync(bytes);
    const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
    const tableXml = await Promise.all(tables.map((n) => zip.file(n)?.async("string") ?? ""));
    expect(tableXml.map((xml) => /name="([^"]+)"/.exec(xml)?.[1]).sort()).toEqual(SCORECARD_TABLES);
    const scorecardXml = (await zip.file("xl/worksheets/sheet4.xml")?.async("string")) ?? "";
    expect(scorecardXml).toContain('<conditionalFormatting sqref="F4:F8">');
    expect(scorecardXml).toContain('type="dataBar"');
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
  });

  test("an evaluation without vendors still gives valid tables", async () => {
    const evaluation = { ...fixture.evaluation, vendorIds: [] };
    const bytes = await buildScorecardXlsx(planScorecard({ ...fixture, evaluation, mode: "advisor-safe" }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(sheet(workbook, "Scorecard").getCell("A3").value).toBe("Vendor ID");
  });
});
