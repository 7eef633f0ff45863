import type { Placements, TablePlacement } from "../../shared/scorecard/resolve-formula";
import { resolvePlan } from "../../shared/scorecard/resolve-plan";
import {
  columnLetter,
  formulaFor,
  type PlanCell,
  type PlanChart,
  type PlanColumn,
  type PlanRow,
  type PlanTable,
  type ScorecardPlan,
} from "../../shared/scorecard/scorecard-plan";
import { jsonBytes, REQUEST_BUDGET_BYTES, RequestBatcher } from "./request-batcher";
import {
  type CellContent,
  cellHash,
  LEDGER_COLUMNS_KEY,
  LEDGER_SETTING,
  LEDGER_SHEET,
  type Ledger,
  type LedgerSummary,
  ledgerRows,
  parseLedger,
  parseLedgerSummary,
  previousHash,
} from "./scorecard-ledger";

export interface WriteOptions {
  /** "build" adds the sheets to a workbook that has none of them; "update" upserts by row key. */
  mode: "build" | "update";
  /** Rows written so far out of the rows to write. */
  onProgress?: (done: number, total: number) => void;
  /** Bytes per request before a sync; the default keeps well under Excel on the web's 5 MB. */
  requestBudgetBytes?: number;
  /**
   * `Office.context.requirements.isSetSupported`, for APIs newer than the manifest's ExcelApi 1.7;
   * without it the writer takes the fallbacks.
   */
  isSetSupported?: (set: string, version: string) => boolean;
}

export interface WriteReport {
  mode: "build" | "update";
  /** context.sync() calls in all. */
  syncs: number;
  /** Of those, the syncs made only because a request reached the budget. */
  chunks: number;
  /** The largest estimated request. */
  maxRequestBytes: number;
  rowsAdded: number;
  rowsUpdated: number;
  /** Rows of vendors no longer in the evaluation, flagged "No" in "In evaluation". */
  rowsFlagged: number;
  /** Cells the owner typed over that the update left alone. */
  ownerEditsKept: number;
  summary: string;
}

/** A writer-side error the task pane shows as it is: it says what to do. */
export class ScorecardWorkbookError extends Error {
  override name = "ScorecardWorkbookError";
}

/** Rows per write are capped by bytes too, so one operation never fills a request on its own. */
const SLICE_FRACTION = 4;
/** Response estimate per row for tables written before the ledger knew their size. */
const UNKNOWN_ROW_BYTES = 4096;
const POINTS_PER_CHARACTER = 6;

type Grid = CellContent[][];
type Mode = "text" | "value" | "formula";

interface TableState {
  table: PlanTable;
  /** Write the live (custom function) formulas rather than the native ones. */
  live: boolean;
  sheet: Excel.Worksheet;
  excelTable?: Excel.Table;
  /** Whether the table was already in the workbook (update) or is written fresh. */
  existing: boolean;
  /** Sheet row of the header (or first row) and column of the first column, zero-based. */
  top: number;
  left: number;
  firstBodyRow: number;
  /** Plan column id -> sheet column. */
  columnIndex: Map<string, number>;
  /** Columns of the existing table (owner-added ones included). */
  width: number;
  /** Existing body, as `formulas` read it, one row per existing body row. */
  current: Grid;
  /** Plan rows already in the table, with their sheet rows. */
  updates: { row: PlanRow; sheetRow: number }[];
  /** Plan rows to append, with the sheet rows they will take. */
  appends: { row: PlanRow; sheetRow: number }[];
  /** Existing rows the plan no longer has: [key, sheet row]. */
  removed: [string, number][];
  rowOfKey: Map<string, number>;
  bodyRowCount: number;
}

/**
 * Writes a scorecard plan into the open workbook through the request context it is given (the
 * caller owns Excel.run, see run-scorecard-write.ts, so tests can pass a mock).
 *
 * "build": adds the sheets, tables, number formats, frozen headers, data bars on Score, the score
 * chart and the links; refuses a workbook that already has one of the sheets.
 * "update": an upsert keyed by each row's id. Captured fields refresh; the owner's columns
 * (ratings, weights, notes) and any cell whose content differs from what the last pull wrote (per
 * the hidden ledger) are kept; rows no longer in the evaluation get "No" in "In evaluation" and stay;
 * new rows are appended. Sheets the workbook lacks are built.
 *
 * The number of syncs is fixed (build: 2, update: 4) plus one per ~3.5 MB of data, whatever the
 * number of vendors. Page text is written with the "@" (text) number format set first, through
 * `values`, never `formulas`, so "=cmd|..." stays text.
 *
 * @example
 * await Excel.run((context) => writeScorecard(context, plan, { mode: "build" }))
 * //=> { syncs: 2, chunks: 0, maxRequestBytes: 48213, rowsAdded: 12, … }
 */
export async function writeScorecard(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  options: WriteOptions,
): Promise<WriteReport> {
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const batch = new RequestBatcher(context, budget);
  const workbook = context.workbook;
  const tables = plan.sheets.flatMap((sheet) => sheet.tables);

  // 1. Which sheets and tables exist, and the ledger's size: one sync.
  const sheetProbes = new Map(
    plan.sheets.map((s) => [s.name, workbook.worksheets.getItemOrNullObject(s.name)]),
  );
  const ledgerProbe = workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  const tableProbes = new Map(
    tables.filter((t) => t.excelTable).map((t) => [t.name, workbook.tables.getItemOrNullObject(t.name)]),
  );
  const setting = workbook.settings.getItemOrNullObject(LEDGER_SETTING);
  setting.load("value");
  await batch.sync();

  const existingSheets = plan.sheets.filter((s) => !sheetProbes.get(s.name)?.isNullObject).map((s) => s.name);
  if (options.mode === "build" && existingSheets.length > 0) {
    throw new ScorecardWorkbookError(
      `This workbook already has a ${existingSheets.join(", ")} sheet. Choose Update to refresh that scorecard, or build into a new workbook.`,
    );
  }
  for (const t of tables) {
    const sheetExists = existingSheets.includes(t.sheet);
    if (t.excelTable && sheetExists && tableProbes.get(t.name)?.isNullObject) {
      throw new ScorecardWorkbookError(
        `The ${t.sheet} sheet has no ${t.name} table any more. Rename or delete the ${t.sheet} sheet, then update again; VendorScout will rebuild it.`,
      );
    }
  }
  const summary = setting.isNullObject ? undefined : parseLedgerSummary(setting.value);

  // 2. Add missing sheets; locate existing tables: one sync (update only).
  const sheets = new Map<string, Excel.Worksheet>();
  for (const s of plan.sheets) {
    const probe = sheetProbes.get(s.name);
    sheets.set(s.name, probe && !probe.isNullObject ? probe : workbook.worksheets.add(s.name));
  }
  const states: TableState[] = tables.map((t) =>
    freshState(t, sheets.get(t.sheet) as Excel.Worksheet, plan.mode === "live"),
  );
  const existing = states.filter((s) => existingSheets.includes(s.table.sheet));
  for (const state of existing) state.existing = true;

  const charts = new Map<PlanChart, Excel.Chart>();
  if (existing.length > 0) {
    // Charts the build drew on sheets that exist, so their series can take in appended rows.
    for (const s of plan.sheets) {
      if (!existingSheets.includes(s.name)) continue;
      for (const chart of s.charts) {
        charts.set(
          chart,
          (sheets.get(s.name) as Excel.Worksheet).charts.getItemOrNullObject(chartName(chart)),
        );
      }
    }
    const shapes = new Map<TableState, { range: Excel.Range; header: Excel.Range }>();
    for (const state of existing) {
      const table = state.table.excelTable ? tableProbes.get(state.table.name) : undefined;
      if (!table) continue;
      state.excelTable = table;
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const header = table.getHeaderRowRange();
      header.load("values");
      shapes.set(state, { range, header });
    }
    await batch.sync();
    for (const [state, { range, header }] of shapes) {
      mapExistingTable(state, range, (header.values[0] ?? []).map(String));
    }
  }

  // 3. Read existing bodies and the ledger, sized by the last pull's summary.
  let ledger: Ledger = new Map();
  if (existing.length > 0) {
    for (const state of existing) await queueBodyRead(batch, state, summary);
    const ledgerRowCount = summary?.ledgerRows ?? 0;
    if (!ledgerProbe.isNullObject && ledgerRowCount > 0) {
      const ledgerGrid: Grid = [];
      await queueRead(batch, ledgerProbe, 0, 0, ledgerRowCount, 3, 64, ledgerGrid);
      batch.onSynced(() => {
        ledger = parseLedger(ledgerGrid);
      });
    }
    await batch.sync();
  }

  // 4. Decide every row's place, then write.
  for (const state of states) placeRows(state);
  const placements: Placements = new Map(states.map((s) => [s.table.name, placementOf(s)]));
  // Formulas resolved once, for the rows where they now sit (after a sort, or below the grown table).
  const resolved = resolvePlan(plan, placements, plan.mode);
  const resolvedRows = new Map(
    resolved.sheets.flatMap((s) => s.tables).map((t) => [t.name, new Map(t.rows.map((r) => [r.key, r]))]),
  );
  for (const state of states) {
    const rows = resolvedRows.get(state.table.name);
    const withResolved = (entry: { row: PlanRow; sheetRow: number }) => ({
      ...entry,
      row: rows?.get(entry.row.key) ?? entry.row,
    });
    state.appends = state.appends.map(withResolved);
    state.updates = state.updates.map(withResolved);
  }
  const totalRows = states.reduce((n, s) => n + s.updates.length + s.appends.length + s.removed.length, 0);
  let doneRows = 0;
  const progress = (rows: number) => {
    doneRows += rows;
    options.onProgress?.(doneRows, totalRows);
  };
  const newLedger: Ledger = new Map();
  const counts = { rowsAdded: 0, rowsUpdated: 0, rowsFlagged: 0, ownerEditsKept: 0 };

  for (const state of states) {
    const ledgerTable = { columns: state.table.columns.map((c) => c.id), rows: new Map<string, string[]>() };
    newLedger.set(state.table.name, ledgerTable);
    if (!state.existing) await createTable(batch, state);
    else if (state.excelTable && state.appends.length > 0) {
      if (options.isSetSupported?.("ExcelApi", "1.13")) {
        // https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
        const rows = state.firstBodyRow - state.top + state.bodyRowCount;
        state.excelTable.resize(state.sheet.getRangeByIndexes(state.top, state.left, rows, state.width));
        await batch.reserve(64);
      } else {
        // ExcelApi 1.1: blank rows at the end of the table, filled by the writes below.
        // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
        // An empty table already holds one blank row, which the first append takes.
        const added = state.bodyRowCount - state.current.length;
        const blank = Array.from({ length: added }, () => Array.from({ length: state.width }, () => ""));
        state.excelTable.rows.add(undefined, blank);
        await batch.reserve(jsonBytes(blank) + 64);
      }
      // The data bars were laid on the rows the build wrote; give the new rows their own.
      await addDataBars(batch, state, state.appends[0]?.sheetRow ?? state.firstBodyRow, state.appends.length);
    }
    // New rows: whole rows, column runs at a time.
    const hashes = await writeRows(batch, state, state.appends, budget, progress);
    state.appends.forEach(({ row }, i) => {
      ledgerTable.rows.set(row.key, hashes[i] ?? []);
    });
    if (state.table.excelTable) counts.rowsAdded += state.appends.length;
    if (state.existing) {
      const result = await refreshRows(batch, state, ledger, progress);
      for (const [key, rowHashes] of result.hashes) ledgerTable.rows.set(key, rowHashes);
      if (state.table.excelTable) counts.rowsUpdated += state.updates.length;
      counts.ownerEditsKept += result.kept;
      counts.rowsFlagged += await flagRemoved(batch, state, ledger, ledgerTable.rows, progress);
    }
  }

  // Sheet furniture: frozen header and chart on sheets built now; existing charts cover new rows.
  for (const s of plan.sheets) {
    const sheet = sheets.get(s.name) as Excel.Worksheet;
    const built = !existingSheets.includes(s.name);
    if (built && s.freezeRows > 0) sheet.freezePanes.freezeRows(s.freezeRows);
    if (built && s.hidden) sheet.visibility = "Hidden";
    for (const chart of s.charts) {
      const state = states.find((st) => st.table.name === chart.table);
      if (!state || state.bodyRowCount === 0) continue;
      const drawn = charts.get(chart);
      if (built) addChart(sheet, state, chart);
      else if (drawn && !drawn.isNullObject && state.appends.length > 0) extendChart(drawn, state, chart);
    }
    await batch.reserve(512);
  }

  // 5. The ledger, then the summary that sizes the next update's reads.
  const ledgerSheet = ledgerProbe.isNullObject ? workbook.worksheets.add(LEDGER_SHEET) : ledgerProbe;
  if (ledgerProbe.isNullObject) ledgerSheet.visibility = "Hidden";
  const rows = ledgerRows(newLedger);
  await writeTextBlock(batch, ledgerSheet, 0, 0, rows, budget);
  const previousLedgerRows = summary?.ledgerRows ?? 0;
  if (previousLedgerRows > rows.length) {
    ledgerSheet.getRangeByIndexes(rows.length, 0, previousLedgerRows - rows.length, 3).clear();
    await batch.reserve(64);
  }
  const nextSummary: LedgerSummary = { version: 1, ledgerRows: rows.length, tables: {} };
  for (const state of states) {
    nextSummary.tables[state.table.name] = {
      rows: state.bodyRowCount,
      bytes: Math.ceil(estimateTableBytes(state.table)),
    };
  }
  workbook.settings.add(LEDGER_SETTING, JSON.stringify(nextSummary));
  await batch.reserve(jsonBytes(nextSummary));
  await batch.sync();

  const mode = options.mode;
  return {
    mode,
    syncs: batch.syncs,
    chunks: batch.chunks,
    maxRequestBytes: batch.maxRequestBytes,
    ...counts,
    summary: describe(mode, counts),
  };
}

// ---------------------------------------------------------------- layout

function freshState(table: PlanTable, sheet: Excel.Worksheet, live: boolean): TableState {
  const firstBodyRow = table.top + (table.headerRow ? 1 : 0);
  return {
    table,
    live,
    sheet,
    existing: false,
    top: table.top,
    left: table.left,
    firstBodyRow,
    columnIndex: new Map(table.columns.map((c, i) => [c.id, table.left + i])),
    width: table.columns.length,
    current: [],
    updates: [],
    appends: [],
    removed: [],
    rowOfKey: new Map(),
    bodyRowCount: 0,
  };
}

/** Maps plan columns onto an existing table by header, refusing shapes the formulas cannot use. */
function mapExistingTable(state: TableState, range: Excel.Range, headers: string[]): void {
  state.top = range.rowIndex;
  state.left = range.columnIndex;
  state.firstBodyRow = range.rowIndex + 1;
  state.width = range.columnCount;
  state.bodyRowCount = range.rowCount - 1;
  const lower = headers.map((h) => h.trim().toLowerCase());
  const missing: string[] = [];
  state.columnIndex = new Map();
  for (const column of state.table.columns) {
    const at = lower.indexOf(column.header.toLowerCase());
    if (at < 0) missing.push(column.header);
    else state.columnIndex.set(column.id, state.left + at);
  }
  if (missing.length > 0) {
    throw new ScorecardWorkbookError(
      `The ${state.table.sheet} table has no column "${missing.join('", "')}": the evaluation's criteria changed or a header was renamed. Restore the header, or build this evaluation into a new workbook.`,
    );
  }
  // The score formula reads the ratings as one range, so they must stay side by side and in order.
  const ratings = state.table.columns.filter((c) => c.id.startsWith("rating-"));
  ratings.forEach((column, i) => {
    const first = state.columnIndex.get(ratings[0]?.id ?? "") ?? 0;
    if (state.columnIndex.get(column.id) !== first + i) {
      throw new ScorecardWorkbookError(
        `The rating columns on the ${state.table.sheet} sheet were moved apart. Put them back side by side in the order of the Criteria sheet, then update again.`,
      );
    }
  });
}

async function queueBodyRead(
  batch: RequestBatcher,
  state: TableState,
  summary: LedgerSummary | undefined,
): Promise<void> {
  const rows = state.table.excelTable ? state.bodyRowCount : state.table.rows.length;
  if (!state.table.excelTable) state.bodyRowCount = rows;
  if (rows <= 0) return;
  const known = summary?.tables[state.table.name];
  // Formulas come back as text and values twice as JSON: estimate generously.
  const perRow = known && known.rows > 0 ? (2 * known.bytes) / known.rows + 64 : UNKNOWN_ROW_BYTES;
  await queueRead(
    batch,
    state.sheet,
    state.firstBodyRow,
    state.left,
    rows,
    state.width,
    perRow,
    state.current,
  );
}

/**
 * Queues `formulas` loads for a block, sliced so each response stays under the budget; the rows
 * land in `sink` after the sync that carries them.
 */
async function queueRead(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: number,
  cols: number,
  bytesPerRow: number,
  sink: Grid,
): Promise<void> {
  const perSlice = Math.max(1, Math.floor(batch.budget / SLICE_FRACTION / bytesPerRow));
  for (let start = 0; start < rows; start += perSlice) {
    const count = Math.min(perSlice, rows - start);
    await batch.reserve(count * bytesPerRow, 2);
    const range = sheet.getRangeByIndexes(row + start, col, count, cols);
    range.load("formulas");
    batch.onSynced(() => {
      (range.formulas as Grid).forEach((r, i) => {
        sink[start + i] = r;
      });
    });
  }
}

function keyOffset(state: TableState): number {
  return (state.columnIndex.get(state.table.keyColumn) ?? state.left) - state.left;
}

/** Matches plan rows to existing rows by key; the rest are appended or flagged. */
function placeRows(state: TableState): void {
  const { table } = state;
  if (!state.existing) {
    state.bodyRowCount = table.rows.length;
    state.appends = table.rows.map((row, i) => ({ row, sheetRow: state.firstBodyRow + i }));
    for (const { row, sheetRow } of state.appends) state.rowOfKey.set(row.key, sheetRow);
    return;
  }
  if (!table.excelTable) {
    // Plain blocks sit at fixed places: row i of the plan is row i of the block.
    state.updates = table.rows.map((row, i) => ({ row, sheetRow: state.firstBodyRow + i }));
    for (const { row, sheetRow } of state.updates) state.rowOfKey.set(row.key, sheetRow);
    return;
  }
  const keyAt = keyOffset(state);
  const existingRows = new Map<string, number>();
  state.current.forEach((cells, i) => {
    const key = cells[keyAt];
    if (key !== null && key !== undefined && key !== "" && !existingRows.has(String(key))) {
      existingRows.set(String(key), state.firstBodyRow + i);
    }
  });
  // A table Excel created with one blank row counts as empty.
  let nextRow =
    state.firstBodyRow +
    (existingRows.size === 0 && state.current.every(isBlankRow) ? 0 : state.current.length);
  const planned = new Set<string>();
  for (const row of table.rows) {
    planned.add(row.key);
    const at = existingRows.get(row.key);
    if (at !== undefined) state.updates.push({ row, sheetRow: at });
    else state.appends.push({ row, sheetRow: nextRow++ });
  }
  for (const [key, at] of existingRows) if (!planned.has(key)) state.removed.push([key, at]);
  state.bodyRowCount = nextRow - state.firstBodyRow;
  for (const [key, at] of existingRows) state.rowOfKey.set(key, at);
  for (const { row, sheetRow } of state.appends) state.rowOfKey.set(row.key, sheetRow);
}

function isBlankRow(cells: CellContent[]): boolean {
  return cells.every((c) => c === null || c === "");
}

function placementOf(state: TableState): TablePlacement {
  return {
    sheet: state.table.sheet,
    firstBodyRow: state.firstBodyRow,
    bodyRowCount: state.bodyRowCount,
    columnIndex: state.columnIndex,
    rowOfKey: state.rowOfKey,
    ...(state.table.excelTable
      ? {
          structured: {
            name: state.table.name,
            headers: new Map(state.table.columns.map((c) => [c.id, c.header])),
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------- writing

function modeOf(table: PlanTable, column: PlanColumn, index: number): Mode {
  if (column.formula) return "formula";
  if (column.numberFormat === "@") return "text";
  return table.rows.some((row) => row.cells[index]?.text) ? "text" : "value";
}

/** What goes into one cell: its formula for the mode (resolved by resolvePlan), or the constant. */
function contentOf(column: PlanColumn, cell: PlanCell | undefined, live: boolean): CellContent {
  if (column.formula) return (cell && formulaFor(cell, live ? "live" : "advisor-safe")) ?? "";
  // "" clears the cell; null would leave the old value there, so a field that became empty would keep
  // its stale text while the ledger recorded it empty (issue 18).
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  return cell?.value ?? "";
}

async function createTable(batch: RequestBatcher, state: TableState): Promise<void> {
  const { table, sheet } = state;
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
    state.excelTable = created;
    await batch.reserve(128);
  }
  table.columns.forEach((column, c) => {
    if (column.width !== undefined) {
      sheet.getRangeByIndexes(0, table.left + c, 1, 1).format.columnWidth =
        column.width * POINTS_PER_CHARACTER;
    }
  });
  await batch.reserve(0, 2 * width);
  await addDataBars(batch, state, state.firstBodyRow, table.rows.length);
}

async function addDataBars(
  batch: RequestBatcher,
  state: TableState,
  firstRow: number,
  rows: number,
): Promise<void> {
  for (const id of state.table.dataBars) {
    const col = state.columnIndex.get(id);
    if (col === undefined || rows === 0) continue;
    const bars = state.sheet.getRangeByIndexes(firstRow, col, rows, 1).conditionalFormats.add("DataBar");
    // Scores are 0-100: a fixed scale keeps bar lengths comparable between pulls and between rules.
    bars.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    bars.dataBar.upperBoundRule = { type: "Number", formula: "100" };
    await batch.reserve(128, 4);
  }
}

/**
 * Writes whole rows (new tables, appended rows): per run of neighbouring columns of one kind, the
 * number formats first ("@" before any page text), then values or formulas. Returns the ledger
 * hashes of each row.
 */
async function writeRows(
  batch: RequestBatcher,
  state: TableState,
  rows: { row: PlanRow; sheetRow: number }[],
  budget: number,
  progress: (rows: number) => void,
): Promise<string[][]> {
  const { table, sheet } = state;
  if (rows.length === 0) return [];
  const live = state.live;
  const columns = table.columns.map((column, index) => ({
    column,
    index,
    col: state.columnIndex.get(column.id) ?? 0,
    mode: modeOf(table, column, index),
  }));
  const runs = runsOf(columns);
  const contents: Grid = rows.map(({ row }) =>
    columns.map(({ column, index }) => contentOf(column, row.cells[index], live)),
  );
  const hashes = contents.map((cells) =>
    cells.map((content, i) => (columns[i]?.column.kind === "owner" ? "" : cellHash(content))),
  );
  // Consecutive sheet rows only (appends always are; one slice per stretch otherwise).
  const sliceBudget = budget / SLICE_FRACTION;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      const rowBytes = jsonBytes(contents[end]) * 2;
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
    for (const run of runs) {
      const grid = contents.slice(start, end).map((cells) => run.map((c) => cells[c.index] ?? null));
      const formats = grid.map(() => run.map((c) => (c.mode === "text" ? "@" : c.column.numberFormat)));
      await batch.reserve(jsonBytes(grid) + jsonBytes(formats), 3);
      const range = sheet.getRangeByIndexes(firstRow, run[0]?.col ?? 0, end - start, run.length);
      range.numberFormat = formats;
      if (run[0]?.mode === "formula") range.formulas = grid;
      else range.values = grid;
    }
    for (let r = start; r < end; r++)
      await writeLinks(batch, state, rows[r] as { row: PlanRow; sheetRow: number });
    progress(end - start);
    start = end;
  }
  return hashes;
}

async function writeLinks(
  batch: RequestBatcher,
  state: TableState,
  { row, sheetRow }: { row: PlanRow; sheetRow: number },
) {
  for (let c = 0; c < state.table.columns.length; c++) {
    const cell = row.cells[c];
    const column = state.table.columns[c];
    if (!cell?.hyperlink || typeof cell.value !== "string" || !column) continue;
    const col = state.columnIndex.get(column.id) ?? 0;
    const link = { address: cell.hyperlink, textToDisplay: cell.value };
    await batch.reserve(jsonBytes(link), 2);
    state.sheet.getRangeByIndexes(sheetRow, col, 1, 1).hyperlink = link;
  }
}

/** Neighbouring sheet columns of the same kind, so one range write covers them. */
function runsOf<T extends { col: number; mode: Mode }>(columns: T[]): T[][] {
  const sorted = [...columns].sort((a, b) => a.col - b.col);
  const runs: T[][] = [];
  for (const column of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.col + 1 === column.col && last.mode === column.mode) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

/**
 * Existing rows: key and owner columns are never written. A captured or computed cell is refreshed
 * only while it still holds what the last pull wrote (per the ledger; a row the ledger does not know
 * refreshes); one the owner typed over is kept. A computed cell that still holds a formula is
 * refreshed even if its text changed, because Excel may respell formulas and ranges grow with rows.
 */
async function refreshRows(
  batch: RequestBatcher,
  state: TableState,
  ledger: Ledger,
  progress: (rows: number) => void,
): Promise<{ hashes: Map<string, string[]>; kept: number }> {
  const { table, sheet } = state;
  const live = state.live;
  const hashes = new Map<string, string[]>();
  let kept = 0;
  const writes = new Map<number, { sheetRow: number; content: CellContent; link?: string }[]>();
  for (const { row, sheetRow } of state.updates) {
    const rowHashes: string[] = [];
    const currentRow = state.current[sheetRow - state.firstBodyRow] ?? [];
    table.columns.forEach((column, c) => {
      const col = state.columnIndex.get(column.id) ?? 0;
      const current = currentRow[col - state.left] ?? null;
      if (column.kind === "owner" || column.kind === "key") {
        rowHashes.push("");
        return;
      }
      const wanted = contentOf(column, row.cells[c], live);
      const before = previousHash(ledger, table.name, row.key, column.id);
      const isFormula = typeof current === "string" && current.startsWith("=");
      const ownerTyped =
        before !== undefined && cellHash(current) !== before && !(column.kind === "computed" && isFormula);
      if (ownerTyped) {
        kept++;
        rowHashes.push(before);
        return;
      }
      rowHashes.push(cellHash(wanted));
      if (cellHash(current) === cellHash(wanted) && (column.kind !== "computed" || current === wanted))
        return;
      const link = row.cells[c]?.hyperlink;
      const list = writes.get(col) ?? [];
      list.push({ sheetRow, content: wanted, ...(link ? { link } : {}) });
      writes.set(col, list);
    });
    hashes.set(row.key, rowHashes);
  }
  for (const [col, cells] of writes) {
    const column = table.columns.find((c) => state.columnIndex.get(c.id) === col);
    if (!column) continue;
    const mode = modeOf(table, column, table.columns.indexOf(column));
    cells.sort((a, b) => a.sheetRow - b.sheetRow);
    for (const stretch of stretches(cells)) {
      const grid = stretch.map((cell) => [cell.content]);
      const formats = stretch.map(() => [mode === "text" ? "@" : column.numberFormat]);
      await batch.reserve(jsonBytes(grid) + jsonBytes(formats), 3);
      const range = sheet.getRangeByIndexes(stretch[0]?.sheetRow ?? 0, col, stretch.length, 1);
      range.numberFormat = formats;
      if (mode === "formula") range.formulas = grid;
      else range.values = grid;
      for (const cell of stretch) {
        if (!cell.link || typeof cell.content !== "string") continue;
        const link = { address: cell.link, textToDisplay: cell.content };
        await batch.reserve(jsonBytes(link), 2);
        sheet.getRangeByIndexes(cell.sheetRow, col, 1, 1).hyperlink = link;
      }
    }
  }
  progress(state.updates.length);
  return { hashes, kept };
}

/** Runs of consecutive sheet rows, capped so one write stays a small part of a request. */
function stretches<T extends { sheetRow: number }>(cells: T[]): T[][] {
  const out: T[][] = [];
  for (const cell of cells) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.sheetRow + 1 === cell.sheetRow && run.length < 2000) run.push(cell);
    else out.push([cell]);
  }
  return out;
}

/** Rows of vendors the evaluation dropped: "No" in "In evaluation" (unless the owner typed there). */
async function flagRemoved(
  batch: RequestBatcher,
  state: TableState,
  ledger: Ledger,
  ledgerRowsOut: Map<string, string[]>,
  progress: (rows: number) => void,
): Promise<number> {
  const { table } = state;
  const previous = ledger.get(table.name);
  for (const [key] of state.removed) {
    const old = previous?.rows.get(key);
    if (old) {
      // Keep what the last pull wrote, re-ordered to today's columns, so a returning vendor is still tracked.
      ledgerRowsOut.set(
        key,
        table.columns.map((c) => old[previous?.columns.indexOf(c.id) ?? -1] ?? ""),
      );
    }
  }
  if (table.removedRows !== "flag" || !table.inEvaluationColumn || state.removed.length === 0) return 0;
  const column = table.inEvaluationColumn;
  const col = state.columnIndex.get(column);
  if (col === undefined) return 0;
  const rows = [...state.removed].sort((a, b) => a[1] - b[1]).map(([key, sheetRow]) => ({ key, sheetRow }));
  const at = table.columns.findIndex((c) => c.id === column);
  for (const stretch of stretches(rows)) {
    const grid = stretch.map(() => ["No"]);
    await batch.reserve(jsonBytes(grid) * 2, 3);
    const range = state.sheet.getRangeByIndexes(stretch[0]?.sheetRow ?? 0, col, stretch.length, 1);
    range.numberFormat = stretch.map(() => ["@"]);
    range.values = grid;
  }
  for (const { key } of rows) {
    const entry = ledgerRowsOut.get(key) ?? table.columns.map(() => "");
    entry[at] = cellHash("No");
    ledgerRowsOut.set(key, entry);
  }
  progress(rows.length);
  return rows.length;
}

/** The name the build gives a chart, so an update finds it again. */
function chartName(chart: PlanChart): string {
  return `${chart.table}_Chart`;
}

function chartColumns(
  state: TableState,
  chart: PlanChart,
): { values: Excel.Range; categories: Excel.Range } | undefined {
  const values = state.columnIndex.get(chart.valueColumn);
  const categories = state.columnIndex.get(chart.categoryColumn);
  if (values === undefined || categories === undefined) return undefined;
  const column = (col: number) =>
    state.sheet.getRangeByIndexes(state.firstBodyRow, col, state.bodyRowCount, 1);
  return { values: column(values), categories: column(categories) };
}

function addChart(sheet: Excel.Worksheet, state: TableState, spec: PlanChart): void {
  const ranges = chartColumns(state, spec);
  if (!ranges) return;
  const chart = sheet.charts.add("BarClustered", ranges.values, "Columns");
  chart.name = chartName(spec);
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = "Score";
  series.setXAxisValues(ranges.categories);
  chart.setPosition(`${columnLetter(spec.anchorColumn)}${spec.anchorRow + 1}`);
}

/** Points the chart's series at the grown columns; titles, colours and size the owner set stay. */
function extendChart(chart: Excel.Chart, state: TableState, spec: PlanChart): void {
  const ranges = chartColumns(state, spec);
  if (!ranges) return;
  const series = chart.series.getItemAt(0);
  series.setValues(ranges.values);
  series.setXAxisValues(ranges.categories);
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

function describe(
  mode: "build" | "update",
  counts: Omit<WriteReport, "mode" | "syncs" | "chunks" | "maxRequestBytes" | "summary">,
) {
  if (mode === "build") return `Built the scorecard: ${counts.rowsAdded} rows written.`;
  const parts = [
    `${counts.rowsUpdated} rows refreshed`,
    `${counts.rowsAdded} added`,
    `${counts.rowsFlagged} marked as no longer in the evaluation`,
    `${counts.ownerEditsKept} of your own edits kept`,
  ];
  return `Updated the scorecard: ${parts.join(", ")}.`;
}

export { LEDGER_COLUMNS_KEY };
