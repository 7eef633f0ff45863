// The prebuilt bundle, not "exceljs": the Node entry pulls in fs, stream and zlib, which an
// extension page does not have; the bundle carries its own polyfills and runs in Node too.
import ExcelJS from "exceljs/dist/exceljs.min.js";
import type { PlanCell, PlanTable, ScorecardPlan } from "../shared/scorecard/scorecard-plan";
import { columnLetter } from "../shared/scorecard/scorecard-plan";

type Worksheet = ReturnType<InstanceType<typeof ExcelJS.Workbook>["addWorksheet"]>;
type Cell = ReturnType<Worksheet["getCell"]>;
type DataBarRule = Extract<
  Parameters<Worksheet["addConditionalFormatting"]>[0]["rules"][number],
  { type: "dataBar" }
>;

/**
 * The scorecard as an .xlsx file that works without the add-in (for an accountant or consultant):
 * native formulas only, Excel tables, number formats, frozen headers, data bars on Score and
 * hyperlinks.
 *
 * Whatever the plan's mode, the native (advisor-safe) formulas are written: a file that leaves the
 * owner's machine must not depend on VendorScout's custom functions.
 *
 * No chart: ExcelJS has no chart API (charts are on its roadmap, not in 4.4), so the plan's chart
 * spec is left out of the file; the task pane's Office.js writer draws it.
 *
 * Page text is written as a plain string value: ExcelJS makes a formula only from a
 * `{ formula }` object, so "=HYPERLINK(...)" from a page stays the text it was.
 *
 * @example
 * const bytes = await buildScorecardXlsx(planScorecard({ evaluation, vendors, reviews, mode: "advisor-safe" }));
 * // bytes: a zip starting with "PK"
 */
export async function buildScorecardXlsx(plan: ScorecardPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "VendorScout";
  // No cached results are stored, so ask every reader to calculate on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) {
    // A sheet of live-only blocks (the VENDORRANK spill) would be empty in a file of native formulas.
    if (sheet.tables.length > 0 && sheet.tables.every((table) => table.liveOnly)) continue;
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows }],
    });
    // A live plan's VENDORRANK block has no native form; its rows rank natively without it.
    for (const table of sheet.tables) if (!table.liveOnly) writeTable(worksheet, table);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  // The bundle returns its Buffer polyfill; hand back a plain Uint8Array view of the same bytes.
  const view = buffer as unknown as ArrayBufferView;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function writeTable(worksheet: Worksheet, table: PlanTable): void {
  const bodyTop = table.top + (table.headerRow ? 1 : 0);
  if (table.excelTable) {
    // Excel refuses a table without a body row, so an empty one gets a blank row.
    const rows =
      table.rows.length > 0
        ? table.rows.map((row) => row.cells.map(() => null))
        : [table.columns.map(() => null)];
    worksheet.addTable({
      name: table.name,
      ref: `${columnLetter(table.left)}${table.top + 1}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
      rows,
    });
  } else if (table.headerRow) {
    table.columns.forEach((column, c) => {
      const cell = worksheet.getCell(table.top + 1, table.left + c + 1);
      cell.value = column.header;
      cell.font = { bold: true };
    });
  }
  table.columns.forEach((column, c) => {
    if (column.width !== undefined) worksheet.getColumn(table.left + c + 1).width = column.width;
  });
  table.rows.forEach((row, r) => {
    row.cells.forEach((planCell, c) => {
      const column = table.columns[c];
      const cell = worksheet.getCell(bodyTop + r + 1, table.left + c + 1);
      writeCell(cell, planCell);
      const format = planCell.text ? "@" : column?.numberFormat;
      if (format && format !== "General") cell.numFmt = format;
    });
  });
  for (const id of table.dataBars) {
    const c = table.columns.findIndex((column) => column.id === id);
    if (c < 0 || table.rows.length === 0) continue;
    const letter = columnLetter(table.left + c);
    // ExcelJS writes a bar colour but its typings omit it; without one Excel draws no bar.
    const rule: DataBarRule & { color: { argb: string } } = {
      type: "dataBar",
      priority: 1,
      gradient: false,
      // Scores run 0-100, so a fixed scale keeps bars comparable between pulls.
      cfvo: [
        { type: "num", value: 0 },
        { type: "num", value: 100 },
      ],
      color: { argb: "FF5B9BD5" },
    };
    worksheet.addConditionalFormatting({
      ref: `${letter}${bodyTop + 1}:${letter}${bodyTop + table.rows.length}`,
      rules: [rule],
    });
  }
}

// XML 1.0 cannot hold U+FFFE, U+FFFF or lone surrogates; one such character makes the whole .xlsx unreadable.
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

function writeCell(cell: Cell, planCell: PlanCell): void {
  // A drop-down of allowed values (the plans a vendor's Costs row can cost); ExcelJS stores the
  // list's range without the leading "=".
  if (planCell.validation) {
    cell.dataValidation = { type: "list", allowBlank: true, formulae: [planCell.validation.list.slice(1)] };
  }
  if (planCell.note) cell.note = xmlSafe(planCell.note);
  if (planCell.formula) {
    // ExcelJS stores formulas without the leading "=".
    cell.value = { formula: planCell.formula.native.slice(1) };
    return;
  }
  const value = typeof planCell.value === "string" ? xmlSafe(planCell.value) : (planCell.value ?? null);
  if (planCell.hyperlink && typeof value === "string") {
    cell.value = { text: value, hyperlink: planCell.hyperlink };
    return;
  }
  cell.value = value;
}
