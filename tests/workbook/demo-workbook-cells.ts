/**
 * The demo pack's workbook as plain data, cell for cell: what the Office.js writer leaves in the test
 * double (live mode) and what the advisor-safe .xlsx holds. demo-workbook.test.ts compares it with a
 * copy stored before a restructuring, so a refactor that changes one cell shows up as a diff.
 */
import ExcelJS from "exceljs";
import { writeScorecard } from "../../excel-addin/workbook/write-scorecard";
import type { VendorPack } from "../../shared/schema/vendor-pack";
import { planScorecard } from "../../shared/scorecard";
import { buildScorecardXlsx } from "../../xlsx/scorecard-xlsx";
import { asExcelContext, ExcelContextDouble } from "../support/office/excel-context-double";

/** One cell: a formula ("=..."), a constant, and its number format when not General. */
export type CellRecord = [content: string | number | boolean, numberFormat?: string];
export type SheetCells = Record<string, CellRecord>;

export interface WorkbookCells {
  sheets: Record<string, SheetCells>;
  tables: Record<string, string>;
}

function a1(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

function record(content: string | number | boolean, format: string | undefined): CellRecord {
  return format && format !== "General" ? [content, format] : [content];
}

/** The workbook the task pane builds for the pack's first evaluation, as the double holds it. */
export async function writtenCells(pack: VendorPack, mode: "live" | "advisor-safe"): Promise<WorkbookCells> {
  const evaluation = pack.evaluations[0];
  if (!evaluation) throw new Error("The pack has no evaluation.");
  const plan = planScorecard({ evaluation, vendors: pack.vendors, reviews: pack.reviews, mode });
  const context = new ExcelContextDouble();
  await writeScorecard(asExcelContext(context), plan, { mode: "build" });
  const sheets: Record<string, SheetCells> = {};
  for (const [name, sheet] of context.model.sheets) {
    const cells: SheetCells = {};
    const keys = [...sheet.cells.keys()].map((key) => key.split(",").map(Number) as [number, number]);
    keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, col] of keys) {
      const cell = sheet.cell(row, col);
      const content = cell.content ?? "";
      if (content === "" && cell.numberFormat === "General") continue;
      cells[a1(row, col)] = record(content, cell.numberFormat);
    }
    sheets[name] = cells;
  }
  const tables: Record<string, string> = {};
  for (const [name, t] of context.model.tables) {
    tables[name] = `${t.sheet}!${a1(t.row, t.col)}:${a1(t.row + t.rows - 1, t.col + t.cols - 1)}`;
  }
  return { sheets, tables };
}

/** The advisor-safe .xlsx for the pack's first evaluation, read back with ExcelJS. */
export async function exportedCells(pack: VendorPack): Promise<WorkbookCells> {
  const evaluation = pack.evaluations[0];
  if (!evaluation) throw new Error("The pack has no evaluation.");
  const plan = planScorecard({
    evaluation,
    vendors: pack.vendors,
    reviews: pack.reviews,
    mode: "advisor-safe",
  });
  const bytes = await buildScorecardXlsx(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Record<string, SheetCells> = {};
  const tables: Record<string, string> = {};
  workbook.eachSheet((worksheet) => {
    const cells: SheetCells = {};
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        let content: string | number | boolean;
        if (value === null || value === undefined) content = "";
        else if (typeof value === "object" && "formula" in value) content = `=${value.formula}`;
        else if (typeof value === "object" && "sharedFormula" in value) content = `=${cell.formula}`;
        else if (typeof value === "object" && "text" in value && "hyperlink" in value)
          content = `${value.text} <${value.hyperlink}>`;
        else if (typeof value === "object") content = JSON.stringify(value);
        else content = value;
        cells[cell.address] = record(content, cell.numFmt);
      });
    });
    sheets[worksheet.name] = cells;
    for (const table of Object.values(
      (worksheet as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> })
        .tables,
    )) {
      tables[table.table.name] = `${worksheet.name}!${table.table.tableRef}`;
    }
  });
  return { sheets, tables };
}
