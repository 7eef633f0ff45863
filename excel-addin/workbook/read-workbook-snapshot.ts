/**
 * Reads what a scorecard write needs to know about the open workbook, in three syncs at most:
 * which of the plan's sheets and tables exist, where the existing tables sit, their bodies, and the
 * hidden ledger of what the last pull wrote. Reads only; the decisions are reconcileScorecard's.
 */
import type { Grid, TableSnapshot, WorkbookSnapshot } from "../../shared/scorecard/reconcile-scorecard";
import {
  LEDGER_SETTING,
  LEDGER_SHEET,
  type LedgerSummary,
  parseLedger,
  parseLedgerSummary,
} from "../../shared/scorecard/scorecard-ledger";
import type { PlanChart, PlanTable, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { checkWorkbookFits } from "../../shared/scorecard/scorecard-workbook-fit";
import type { RequestBatcher } from "./request-batcher";

/** Rows per read are capped by bytes too, so one load never fills a response on its own. */
export const SLICE_FRACTION = 4;
/** Response estimate per row for tables written before the ledger knew their size. */
const UNKNOWN_ROW_BYTES = 4096;

/** The snapshot, plus the workbook objects the apply step writes through. */
export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  summary: LedgerSummary | undefined;
  /** Sheets of the plan the workbook has, by name. */
  sheets: Map<string, Excel.Worksheet>;
  /** Existing Excel tables, by name. */
  excelTables: Map<string, Excel.Table>;
  /** Charts the build drew on sheets that exist (null objects where the owner deleted them). */
  charts: Map<PlanChart, Excel.Chart>;
  /** The hidden ledger sheet (a null object when the workbook has none). */
  ledgerSheet: Excel.Worksheet;
}

/** The name the build gives a chart, so an update finds it again. */
export function chartName(chart: PlanChart): string {
  return `${chart.table}_Chart`;
}

/**
 * @throws {ScorecardWorkbookError} from checkWorkbookFits, after the first sync and before anything
 *   is written
 */
export async function readWorkbookSnapshot(
  batch: RequestBatcher,
  workbook: Excel.Workbook,
  plan: ScorecardPlan,
  mode: "build" | "update",
): Promise<WorkbookRead> {
  const tables = plan.sheets.flatMap((sheet) => sheet.tables);

  // 1. Which sheets and tables exist, and the ledger's size: one sync.
  const sheetProbes = new Map(
    plan.sheets.map((s) => [s.name, workbook.worksheets.getItemOrNullObject(s.name)]),
  );
  const ledgerSheet = workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  const tableProbes = new Map(
    tables.filter((t) => t.excelTable).map((t) => [t.name, workbook.tables.getItemOrNullObject(t.name)]),
  );
  const setting = workbook.settings.getItemOrNullObject(LEDGER_SETTING);
  setting.load("value");
  await batch.sync();

  const existingSheets = plan.sheets.filter((s) => !sheetProbes.get(s.name)?.isNullObject).map((s) => s.name);
  const missingTables = [...tableProbes].filter(([, probe]) => probe.isNullObject).map(([name]) => name);
  checkWorkbookFits(plan, mode, existingSheets, missingTables);
  const summary = setting.isNullObject ? undefined : parseLedgerSummary(setting.value);

  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of existingSheets) sheets.set(name, sheetProbes.get(name) as Excel.Worksheet);
  const existing = tables.filter((t) => existingSheets.includes(t.sheet));
  const read: WorkbookRead = {
    snapshot: { existingSheets, tables: new Map(), ledger: new Map() },
    summary,
    sheets,
    excelTables: new Map(),
    charts: new Map(),
    ledgerSheet,
  };
  if (existing.length === 0) return read;

  // 2. Where the existing tables sit: one sync.
  for (const s of plan.sheets) {
    if (!existingSheets.includes(s.name)) continue;
    for (const chart of s.charts) {
      read.charts.set(
        chart,
        (sheets.get(s.name) as Excel.Worksheet).charts.getItemOrNullObject(chartName(chart)),
      );
    }
  }
  const shapes = new Map<PlanTable, { range: Excel.Range; header: Excel.Range }>();
  for (const table of existing) {
    const excelTable = table.excelTable ? tableProbes.get(table.name) : undefined;
    if (!excelTable) continue;
    read.excelTables.set(table.name, excelTable);
    const range = excelTable.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const header = excelTable.getHeaderRowRange();
    header.load("values");
    shapes.set(table, { range, header });
  }
  await batch.sync();

  // 3. Their bodies and the ledger, sized by the last pull's summary: one sync (more when large).
  const snapshots = new Map<string, TableSnapshot>();
  read.snapshot.tables = snapshots;
  for (const table of existing) {
    const shape = shapes.get(table);
    const found: TableSnapshot = shape
      ? {
          top: shape.range.rowIndex,
          left: shape.range.columnIndex,
          width: shape.range.columnCount,
          bodyRowCount: shape.range.rowCount - 1,
          headers: (shape.header.values[0] ?? []).map(String),
          body: [],
        }
      : {
          top: table.top,
          left: table.left,
          width: table.columns.length,
          bodyRowCount: table.rows.length,
          body: [],
        };
    snapshots.set(table.name, found);
    if (found.bodyRowCount <= 0) continue;
    const known = summary?.tables[table.name];
    // Formulas come back as text and values twice as JSON: estimate generously.
    const perRow = known && known.rows > 0 ? (2 * known.bytes) / known.rows + 64 : UNKNOWN_ROW_BYTES;
    const firstBodyRow = found.top + (table.excelTable || table.headerRow ? 1 : 0);
    const sheet = sheets.get(table.sheet) as Excel.Worksheet;
    await queueRead(
      batch,
      sheet,
      firstBodyRow,
      found.left,
      found.bodyRowCount,
      found.width,
      perRow,
      found.body,
    );
  }
  const ledgerRowCount = summary?.ledgerRows ?? 0;
  if (!ledgerSheet.isNullObject && ledgerRowCount > 0) {
    const ledgerGrid: Grid = [];
    await queueRead(batch, ledgerSheet, 0, 0, ledgerRowCount, 3, 64, ledgerGrid);
    batch.onSynced(() => {
      read.snapshot.ledger = parseLedger(ledgerGrid);
    });
  }
  await batch.sync();
  return read;
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
