/**
 * Applies a reconciled scorecard to the open workbook through Office.js: adds the missing sheets and
 * tables, writes appended rows whole and updated cells one column at a time, flags dropped rows,
 * lays on the furniture (data bars, frozen headers, charts), then writes the ledger. It decides
 * nothing about which rows or cells change (reconcileScorecard did); it decides only how to batch.
 */
import type {
  ScorecardReconciliation,
  TableReconciliation,
} from "../../shared/scorecard/reconcile-scorecard";
import {
  LEDGER_SETTING,
  LEDGER_SHEET,
  type LedgerSummary,
  ledgerRows,
} from "../../shared/scorecard/scorecard-ledger";
import type { PlanTable, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { applyLink, applyNote, applyValidation, type CellExtrasSupport } from "./apply-cell-extras";
import { chartName, SLICE_FRACTION, type WorkbookRead } from "./read-workbook-snapshot";
import { jsonBytes, type RequestBatcher } from "./request-batcher";
import { addChart, extendChart } from "./scorecard-charts";
import { runsOf, stretches, writeCellRuns } from "./write-cell-runs";

const POINTS_PER_CHARACTER = 6;

export interface ApplyOptions {
  budget: number;
  onProgress?: (done: number, total: number) => void;
  isSetSupported?: (set: string, version: string) => boolean;
}

/** Writes every decision of `decided` into the workbook `read` describes, ending with one sync. */
export async function applyScorecard(
  batch: RequestBatcher,
  workbook: Excel.Workbook,
  plan: ScorecardPlan,
  read: WorkbookRead,
  decided: ScorecardReconciliation,
  options: ApplyOptions,
): Promise<void> {
  const { budget } = options;
  const sheets = new Map(read.sheets);
  for (const s of plan.sheets) {
    if (!sheets.has(s.name)) sheets.set(s.name, workbook.worksheets.add(s.name));
  }
  const totalRows = decided.tables.reduce(
    (n, t) => n + t.updatedRows + t.append.length + t.flag.length + t.keepRows.length,
    0,
  );
  let doneRows = 0;
  const progress = (rows: number) => {
    doneRows += rows;
    options.onProgress?.(doneRows, totalRows);
  };
  const extras: CellExtrasSupport = {
    isSetSupported: options.isSetSupported ?? (() => false),
    workbook,
  };

  for (const t of decided.tables) {
    const sheet = sheets.get(t.table.sheet) as Excel.Worksheet;
    const excelTable = read.excelTables.get(t.table.name);
    if (!t.existing) await createTable(batch, sheet, t);
    else if (excelTable && t.append.length > 0) {
      if (options.isSetSupported?.("ExcelApi", "1.13")) {
        // https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
        const rows = t.firstBodyRow - t.top + t.bodyRowCount;
        excelTable.resize(sheet.getRangeByIndexes(t.top, t.left, rows, t.width));
        await batch.reserve(64);
      } else {
        // ExcelApi 1.1: blank rows at the end of the table, filled by the writes below.
        // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
        // An empty table already holds one blank row, which the first append takes.
        const added = t.bodyRowCount - t.previousBodyRowCount;
        const blank = Array.from({ length: added }, () => Array.from({ length: t.width }, () => ""));
        excelTable.rows.add(undefined, blank);
        await batch.reserve(jsonBytes(blank) + 64);
      }
      // The data bars were laid on the rows the build wrote; give the new rows their own.
      await addDataBars(batch, sheet, t, t.append[0]?.sheetRow ?? t.firstBodyRow, t.append.length);
    }
    await writeAppends(batch, sheet, t, budget, extras, progress);
    if (t.existing) {
      await writeUpdates(batch, sheet, t, extras);
      progress(t.updatedRows);
      await writeFlags(batch, sheet, t, progress);
    }
  }

  // Sheet furniture: frozen header and chart on sheets built now; existing charts cover new rows.
  for (const s of plan.sheets) {
    const sheet = sheets.get(s.name) as Excel.Worksheet;
    const built = !read.snapshot.existingSheets.includes(s.name);
    if (built && s.freezeRows > 0) sheet.freezePanes.freezeRows(s.freezeRows);
    if (built && s.hidden) sheet.visibility = "Hidden";
    for (const chart of s.charts) {
      const t = decided.tables.find((d) => d.table.name === chart.table);
      if (!t || t.bodyRowCount === 0) continue;
      const drawn = read.charts.get(chart);
      if (built) addChart(sheet, t, chart, chartName(chart));
      else if (drawn && !drawn.isNullObject && t.append.length > 0) extendChart(drawn, sheet, t, chart);
    }
    await batch.reserve(512);
  }

  // The ledger, then the summary that sizes the next update's reads.
  const ledgerProbe = read.ledgerSheet;
  const ledgerSheet = ledgerProbe.isNullObject ? workbook.worksheets.add(LEDGER_SHEET) : ledgerProbe;
  if (ledgerProbe.isNullObject) ledgerSheet.visibility = "Hidden";
  const rows = ledgerRows(decided.ledger);
  await writeTextBlock(batch, ledgerSheet, 0, 0, rows, budget);
  const previousLedgerRows = read.summary?.ledgerRows ?? 0;
  if (previousLedgerRows > rows.length) {
    ledgerSheet.getRangeByIndexes(rows.length, 0, previousLedgerRows - rows.length, 3).clear();
    await batch.reserve(64);
  }
  const nextSummary: LedgerSummary = { version: 1, ledgerRows: rows.length, tables: {} };
  for (const t of decided.tables) {
    nextSummary.tables[t.table.name] = {
      rows: t.bodyRowCount,
      bytes: Math.ceil(estimateTableBytes(t.table)),
    };
  }
  workbook.settings.add(LEDGER_SETTING, JSON.stringify(nextSummary));
  await batch.reserve(jsonBytes(nextSummary));
  await batch.sync();
}

async function createTable(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  t: TableReconciliation,
): Promise<void> {
  const { table } = t;
  const width = table.columns.length;
  if (table.headerRow) {
    // Headers carry criterion names the owner typed: text too.
    const headers = [table.columns.map((c) => c.header)];
    await batch.reserve(jsonBytes(headers) * 2, 4);
    const header = sheet.getRangeByIndexes(table.top, table.left, 1, width);
    header.numberFormat = [table.columns.map(() => "@")];
    header.values = headers;
    if (!table.excelTable) header.format.font.bold = true;
  }
  if (table.excelTable) {
    const rows = Math.max(table.rows.length, 1);
    const created = sheet.tables.add(sheet.getRangeByIndexes(table.top, table.left, rows + 1, width), true);
    created.name = table.name;
    created.style = "TableStyleMedium2";
    await batch.reserve(128);
  }
  table.columns.forEach((column, c) => {
    if (column.width !== undefined) {
      sheet.getRangeByIndexes(0, table.left + c, 1, 1).format.columnWidth =
        column.width * POINTS_PER_CHARACTER;
    }
  });
  await batch.reserve(0, 2 * width);
  await addDataBars(batch, sheet, t, t.firstBodyRow, table.rows.length);
}

async function addDataBars(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  firstRow: number,
  rows: number,
): Promise<void> {
  for (const id of t.table.dataBars) {
    const col = t.columnIndex.get(id);
    if (col === undefined || rows === 0) continue;
    const bars = sheet.getRangeByIndexes(firstRow, col, rows, 1).conditionalFormats.add("DataBar");
    // Scores are 0-100: a fixed scale keeps bar lengths comparable between pulls and between rules.
    bars.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    bars.dataBar.upperBoundRule = { type: "Number", formula: "100" };
    await batch.reserve(128, 4);
  }
}

/**
 * Writes whole rows (new tables, appended rows): per run of neighbouring columns of one kind, the
 * number formats first ("@" before any page text), then values or formulas; then links, drop-downs
 * and notes cell by cell.
 */
async function writeAppends(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  budget: number,
  extras: CellExtrasSupport,
  progress: (rows: number) => void,
): Promise<void> {
  const rows = t.append;
  if (rows.length === 0) return;
  const runs = runsOf(t.columns);
  // Consecutive sheet rows only (appends always are; one slice per stretch otherwise).
  const sliceBudget = budget / SLICE_FRACTION;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      const rowBytes = jsonBytes(rows[end]?.contents) * 2;
      if (
        end > start &&
        (bytes + rowBytes > sliceBudget || rows[end]?.sheetRow !== (rows[end - 1]?.sheetRow ?? 0) + 1)
      ) {
        break;
      }
      bytes += rowBytes;
      end++;
    }
    const firstRow = rows[start]?.sheetRow ?? 0;
    const slice = rows.slice(start, end);
    await writeCellRuns(batch, sheet, firstRow, runs, (column) =>
      slice.map((r) => r.contents[column.index] ?? null),
    );
    for (const { row, sheetRow } of slice) {
      for (const { col, index } of t.columns) {
        const cell = row.cells[index];
        await applyLink(batch, sheet, sheetRow, col, cell?.hyperlink, cell?.value);
        await applyValidation(batch, sheet, sheetRow, col, cell, extras);
        await applyNote(batch, sheet, sheetRow, col, cell, extras);
      }
    }
    progress(end - start);
    start = end;
  }
}

/** Rewrites the cells reconcileScorecard chose on existing rows, a stretch of one column at a time. */
async function writeUpdates(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  extras: CellExtrasSupport,
): Promise<void> {
  for (const { column, cells } of t.update) {
    for (const stretch of stretches(cells)) {
      const first = stretch[0]?.sheetRow ?? 0;
      await writeCellRuns(batch, sheet, first, [[column]], () => stretch.map((cell) => cell.content));
      for (const cell of stretch)
        await applyLink(batch, sheet, cell.sheetRow, column.col, cell.link, cell.content);
    }
  }
  // Drop-down lists on every row already there, whoever typed its value: the list may have grown.
  for (const { row, sheetRow } of t.present) {
    for (const { col, index } of t.columns) {
      await applyValidation(batch, sheet, sheetRow, col, row.cells[index], extras, true);
    }
  }
}

/** Rows of vendors the evaluation dropped: "No" in "In evaluation". */
async function writeFlags(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  progress: (rows: number) => void,
): Promise<void> {
  const col = t.flagColumn;
  if (col === undefined || t.flag.length === 0) return;
  for (const stretch of stretches(t.flag)) {
    const grid = stretch.map(() => ["No"]);
    await batch.reserve(jsonBytes(grid) * 2, 3);
    const range = sheet.getRangeByIndexes(stretch[0]?.sheetRow ?? 0, col, stretch.length, 1);
    range.numberFormat = stretch.map(() => ["@"]);
    range.values = grid;
  }
  progress(t.flag.length);
}

/** Text rows (the ledger): "@" first, then values, sliced by bytes. */
async function writeTextBlock(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: string[][],
  budget: number,
): Promise<void> {
  const width = rows[0]?.length ?? 0;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (
      end < rows.length &&
      (end === start || bytes + jsonBytes(rows[end]) * 2 <= budget / SLICE_FRACTION)
    ) {
      bytes += jsonBytes(rows[end]) * 2;
      end++;
    }
    const grid = rows.slice(start, end);
    const formats = grid.map(() => grid[0]?.map(() => "@") ?? []);
    await batch.reserve(jsonBytes(grid) + jsonBytes(formats), 3);
    const range = sheet.getRangeByIndexes(row + start, col, end - start, width);
    range.numberFormat = formats;
    range.values = grid;
    start = end;
  }
}

function estimateTableBytes(table: PlanTable): number {
  let bytes = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      bytes += cell.formula ? cell.formula.live.length + 4 : jsonBytes(cell.value ?? null);
    }
  }
  return bytes;
}
