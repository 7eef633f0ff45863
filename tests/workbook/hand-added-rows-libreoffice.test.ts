/**
 * The advisor-safe .xlsx with a row typed under the Scorecard and Criteria tables, recalculated by
 * LibreOffice (issue 18). The rows are added the way Excel saves them: cells in the next sheet row and
 * the table's ref grown by one row (xl/tables/tableN.xml), the calculated columns filled with the
 * formula above. LibreOffice must then score and rank the new vendor and count the new weight.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, expect, test } from "vitest";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import { buildScorecardXlsx } from "../../xlsx/scorecard-xlsx";
import { formulaForRowBelow } from "./excel-references";
import { EXTRA_CRITERION, expectedWithHandVendor, HAND_VENDOR, ungatedFixture } from "./hand-typed-rows";
import { recalculateInLibreOffice, requireLibreOffice } from "./recalculate-in-libreoffice";
import { planTable } from "./scorecard-expectations";

const fixture = ungatedFixture();
const plan = planScorecard({ ...fixture, mode: "advisor-safe" });
let dir = "";
let recalculated: ExcelJS.Workbook;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Where each table's XML and its sheet's XML are in the package. */
async function tableParts(zip: JSZip): Promise<Map<string, { table: string; sheet: string }>> {
  const parts = new Map<string, { table: string; sheet: string }>();
  for (const rels of Object.keys(zip.files).filter((f) =>
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(f),
  )) {
    const sheet = rels.replace("_rels/", "").replace(/\.rels$/, "");
    const text = (await zip.file(rels)?.async("string")) ?? "";
    for (const match of text.matchAll(/Target="\.\.\/tables\/(table\d+\.xml)"/g)) {
      const table = `xl/tables/${match[1]}`;
      const name = /\bname="([^"]+)"/.exec((await zip.file(table)?.async("string")) ?? "")?.[1] ?? "";
      parts.set(name, { table, sheet });
    }
  }
  return parts;
}

/** Adds one row under a table: constants by header, formulas filled down from the row above. */
async function addRow(
  zip: JSZip,
  parts: Map<string, { table: string; sheet: string }>,
  built: ExcelJS.Workbook,
  tableName: string,
  typed: Record<string, string | number>,
): Promise<number> {
  const part = parts.get(tableName);
  if (!part) throw new Error(`no table ${tableName} in the file`);
  const planned = planTable(plan, tableName);
  const lastRow = planned.top + 1 + planned.rows.length; // 1-based row of the last body row
  const newRow = lastRow + 1;
  const sheet = built.getWorksheet(planned.sheet);
  const cells = planned.columns.map((column, i) => {
    const ref = `${String.fromCharCode(65 + planned.left + i)}${newRow}`;
    if (column.header in typed) {
      const value = typed[column.header];
      return typeof value === "number"
        ? `<c r="${ref}"><v>${value}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(value))}</t></is></c>`;
    }
    const above = sheet?.getCell(lastRow, planned.left + i + 1).value;
    if (above && typeof above === "object" && "formula" in above) {
      return `<c r="${ref}"><f>${escapeXml(formulaForRowBelow(`=${above.formula}`).slice(1))}</f></c>`;
    }
    return "";
  });
  const sheetXml = (await zip.file(part.sheet)?.async("string")) ?? "";
  if (sheetXml.includes(`<row r="${newRow}"`))
    throw new Error(`row ${newRow} of ${planned.sheet} is not free`);
  zip.file(
    part.sheet,
    sheetXml.replace("</sheetData>", `<row r="${newRow}">${cells.join("")}</row></sheetData>`),
  );
  const tableXml = (await zip.file(part.table)?.async("string")) ?? "";
  zip.file(
    part.table,
    tableXml.replace(
      /ref="([A-Z]+\d+):([A-Z]+)(\d+)"/g,
      (_, start: string, col: string) => `ref="${start}:${col}${newRow}"`,
    ),
  );
  return newRow;
}

beforeAll(async () => {
  requireLibreOffice();
  dir = await mkdtemp(join(tmpdir(), "vs-lo-rows-"));
  const bytes = await buildScorecardXlsx(plan);
  const built = new ExcelJS.Workbook();
  await built.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await tableParts(zip);
  await addRow(zip, parts, built, TABLE_NAMES.scorecard, {
    "Vendor ID": HAND_VENDOR.id,
    Vendor: HAND_VENDOR.name,
    "Cost and pricing transparency": HAND_VENDOR.ratings.cost,
    "Expertise and quality": HAND_VENDOR.ratings.expertise,
    "Reliability and SLAs": HAND_VENDOR.ratings.reliability,
    "In evaluation": "Yes",
  });
  await addRow(zip, parts, built, TABLE_NAMES.criteria, {
    ID: EXTRA_CRITERION.id,
    Criterion: EXTRA_CRITERION.name,
    Weight: EXTRA_CRITERION.weight,
  });
  await writeFile(join(dir, "hand.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  recalculated = (await recalculateInLibreOffice(dir, ["hand"])).get("hand") as ExcelJS.Workbook;
}, 90_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function result(sheet: string, ref: string): unknown {
  const value = recalculated.getWorksheet(sheet)?.getCell(ref).value;
  if (value && typeof value === "object" && "formula" in value) return value.result;
  throw new Error(`${sheet}!${ref} holds no formula: ${JSON.stringify(value)}`);
}

test("LibreOffice scores and ranks a vendor row typed under the Scorecard table", () => {
  const expected = expectedWithHandVendor(fixture);
  const table = planTable(plan, TABLE_NAMES.scorecard);
  const col = (id: string) =>
    String.fromCharCode(65 + table.left + table.columns.findIndex((c) => c.id === id));
  const first = table.top + 2;
  const newRow = first + table.rows.length;
  expect(result(table.sheet, `${col("score")}${newRow}`) as number).toBeCloseTo(
    expected.score.get(HAND_VENDOR.id) as number,
    9,
  );
  expect(result(table.sheet, `${col("rank")}${newRow}`)).toBe(1);
  fixture.vendors.forEach((vendor, i) => {
    const rank = result(table.sheet, `${col("rank")}${first + i}`);
    expect(rank === "" || rank === undefined ? null : rank, vendor.id).toBe(expected.rank.get(vendor.id));
  });
});

test("LibreOffice counts a criterion row typed under the Criteria table in every weight percentage", () => {
  const table = planTable(plan, TABLE_NAMES.criteria);
  const at = table.columns.findIndex((c) => /%/.test(c.header));
  expect(at).toBeGreaterThanOrEqual(0);
  const col = String.fromCharCode(65 + table.left + at);
  const total = fixture.evaluation.criteria.reduce((sum, c) => sum + c.weight, 0) + EXTRA_CRITERION.weight;
  fixture.evaluation.criteria.forEach((criterion, i) => {
    expect(result(table.sheet, `${col}${table.top + 2 + i}`) as number, criterion.id).toBeCloseTo(
      criterion.weight / total,
      12,
    );
  });
  expect(result(table.sheet, `${col}${table.top + 2 + table.rows.length}`) as number).toBeCloseTo(
    EXTRA_CRITERION.weight / total,
    12,
  );
});
