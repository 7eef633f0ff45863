/**
 * Decides what an Update (or a build) does to each row of a scorecard workbook, from what the
 * workbook holds now and what the last pull wrote: rows to append, cells to update, owner edits to
 * keep, rows to flag, and the new ledger. Pure: the Office.js writer reads the snapshot, calls this,
 * and applies the result (issue 22: the decisions used to be knotted into the Excel calls).
 */
import type { Placements, TablePlacement } from "./resolve-formula";
import { resolvePlan } from "./resolve-plan";
import { type CellContent, cellHash, type Ledger, type LedgerTable, previousHash } from "./scorecard-ledger";
import {
  formulaFor,
  type PlanCell,
  type PlanColumn,
  type PlanRow,
  type PlanTable,
  type ScorecardPlan,
} from "./scorecard-plan";
import { mapColumns } from "./scorecard-workbook-fit";

export type Grid = CellContent[][];
/** How a column's cells are written: as text ("@" first), as values, or as formulas. */
export type WriteMode = "text" | "value" | "formula";

/** One plan table as the workbook has it now (only tables on sheets the workbook already has). */
export interface TableSnapshot {
  /** Excel tables: the table's range and header texts; plain blocks: the planned place. */
  top: number;
  left: number;
  /** Columns of the existing table (owner-added ones included). */
  width: number;
  /** Body rows: for an Excel table its range's rows less the header; for a block its planned rows. */
  bodyRowCount: number;
  /** Excel tables only: the header row's texts, to map plan columns by header. */
  headers?: string[];
  /** The body as `formulas` reads it back, one row per body row. */
  body: Grid;
}

export interface WorkbookSnapshot {
  /** Plan sheets the workbook already has. */
  existingSheets: readonly string[];
  /** Table name -> what it holds, for tables on existing sheets. */
  tables: ReadonlyMap<string, TableSnapshot>;
  /** What the last pull wrote (empty for a workbook never written, or a ledger that could not be read). */
  ledger: Ledger;
}

/** Where each plan column is written and how. */
export interface ColumnWrite {
  column: PlanColumn;
  /** Index in the plan table's columns (and in a row's cells). */
  index: number;
  /** Sheet column. */
  col: number;
  mode: WriteMode;
}

export interface RowAppend {
  /** The row with its formulas (and drop-down lists) resolved for where it now sits. */
  row: PlanRow;
  sheetRow: number;
  /** One per plan column: the formula or constant to write. */
  contents: CellContent[];
}

/** Cells of one column to rewrite on existing rows, in sheet order. */
export interface ColumnUpdate {
  column: ColumnWrite;
  cells: { sheetRow: number; content: CellContent; link?: string }[];
}

export interface TableReconciliation {
  table: PlanTable;
  /** Whether the table was already in the workbook (update) or is written fresh. */
  existing: boolean;
  /** Sheet row of the header (or first row) and column of the first column, zero-based. */
  top: number;
  left: number;
  firstBodyRow: number;
  width: number;
  /** Body rows once the appends are in. */
  bodyRowCount: number;
  /** Body rows the workbook had before (what a blank-row append must add to). */
  previousBodyRowCount: number;
  /** Plan column id -> sheet column. */
  columnIndex: Map<string, number>;
  columns: ColumnWrite[];
  /** Rows the plan has and the workbook lacks: written whole. */
  append: RowAppend[];
  /** Plan rows already in the workbook (the number refreshed). */
  updatedRows: number;
  /** Cells of those rows to rewrite, per column. */
  update: ColumnUpdate[];
  /** Plan rows already in the workbook, with their sheet rows (resolved). */
  present: { row: PlanRow; sheetRow: number }[];
  /** Cells the owner typed over since the last pull: left as they are. */
  keep: { key: string; column: string }[];
  /** Rows the workbook has and the plan does not, left alone (a table whose removed rows are kept). */
  keepRows: { key: string; sheetRow: number }[];
  /** Rows the plan no longer has that get "No" in `flagColumn`. */
  flag: { key: string; sheetRow: number }[];
  flagColumn?: number;
}

export interface ScorecardReconciliation {
  tables: TableReconciliation[];
  /** What this pull writes, for the next Update to tell the owner's edits apart. */
  ledger: Ledger;
  counts: { rowsAdded: number; rowsUpdated: number; rowsFlagged: number; ownerEditsKept: number };
}

/**
 * What writing `plan` into a workbook that holds `snapshot` must do, row by row and cell by cell.
 *
 * - A table not in the snapshot is written whole (every row appended from its planned place).
 * - Excel tables match rows by key: rows the plan has and the workbook lacks are appended below the
 *   table (where the owner sorted, rows stay where they are); rows the workbook has and the plan does
 *   not are flagged "No" in "In evaluation" (`removedRows: "flag"`) or kept (`"keep"`). A row the
 *   owner added by hand with a key of its own counts as such a row.
 * - Plain blocks sit at fixed places: row i of the plan is row i of the block.
 * - On rows already there, key and owner columns are never written. A captured or computed cell is
 *   rewritten only while it still holds what the last pull wrote (per the ledger; a row the ledger
 *   does not know is rewritten); one the owner typed over is kept. A computed cell that still holds a
 *   formula is rewritten even if its text changed, as Excel may respell formulas and ranges grow.
 * - A field that became empty is written as "" (clears the cell; `null` would leave stale text).
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 *
 * @throws {ScorecardWorkbookError} (see mapColumns) when an existing table lost a column or its
 *   ratings were moved apart
 * @example
 * reconcileScorecard(plan, { existingSheets: [], tables: new Map(), ledger: new Map() }).counts
 * //=> { rowsAdded: 27, rowsUpdated: 0, rowsFlagged: 0, ownerEditsKept: 0 }
 */
export function reconcileScorecard(
  plan: ScorecardPlan,
  snapshot: WorkbookSnapshot,
  ledger: Ledger = snapshot.ledger,
): ScorecardReconciliation {
  const live = plan.mode === "live";
  const placed = plan.sheets
    .flatMap((sheet) => sheet.tables)
    .map((table) =>
      placeRows(
        table,
        snapshot.existingSheets.includes(table.sheet) ? snapshot.tables.get(table.name) : undefined,
      ),
    );
  const placements: Placements = new Map(placed.map((p) => [p.table.name, placementOf(p)]));
  // Formulas resolved once, for the rows where they now sit (after a sort, or below the grown table).
  const resolved = resolvePlan(plan, placements, plan.mode);
  const resolvedRows = new Map(
    resolved.sheets.flatMap((s) => s.tables).map((t) => [t.name, new Map(t.rows.map((r) => [r.key, r]))]),
  );
  const newLedger: Ledger = new Map();
  const counts = { rowsAdded: 0, rowsUpdated: 0, rowsFlagged: 0, ownerEditsKept: 0 };
  const tables = placed.map((p): TableReconciliation => {
    const { table } = p;
    const rows = resolvedRows.get(table.name);
    const withResolved = (entry: { row: PlanRow; sheetRow: number }) => ({
      ...entry,
      row: rows?.get(entry.row.key) ?? entry.row,
    });
    const columns = table.columns.map((column, index) => ({
      column,
      index,
      col: p.columnIndex.get(column.id) ?? 0,
      mode: modeOf(table, column, index),
    }));
    const ledgerTable: LedgerTable = { columns: table.columns.map((c) => c.id), rows: new Map() };
    newLedger.set(table.name, ledgerTable);

    const append = p.appends.map(withResolved).map(({ row, sheetRow }) => {
      const contents = columns.map(({ column, index }) => contentOf(column, row.cells[index], live));
      ledgerTable.rows.set(
        row.key,
        contents.map((content, i) => (columns[i]?.column.kind === "owner" ? "" : cellHash(content))),
      );
      return { row, sheetRow, contents };
    });
    const present = p.updates.map(withResolved);
    const refreshed = p.existing
      ? refreshCells(table, columns, present, p, ledger, live, ledgerTable)
      : { update: [], keep: [] };
    const { flag, keepRows, flagColumn } = p.existing
      ? flagRemoved(table, p, ledger, ledgerTable)
      : { flag: [], keepRows: [], flagColumn: undefined };
    if (table.excelTable) {
      counts.rowsAdded += append.length;
      if (p.existing) counts.rowsUpdated += present.length;
    }
    counts.ownerEditsKept += refreshed.keep.length;
    counts.rowsFlagged += flag.length;
    return {
      table,
      existing: p.existing,
      top: p.top,
      left: p.left,
      firstBodyRow: p.firstBodyRow,
      width: p.width,
      bodyRowCount: p.bodyRowCount,
      previousBodyRowCount: p.current.length,
      columnIndex: p.columnIndex,
      columns,
      append,
      updatedRows: p.existing ? present.length : 0,
      update: refreshed.update,
      present,
      keep: refreshed.keep,
      keepRows,
      flag,
      ...(flagColumn !== undefined ? { flagColumn } : {}),
    };
  });
  return { tables, ledger: newLedger, counts };
}

// ---------------------------------------------------------------- placing rows

/** A plan table matched to the workbook: where it sits (as its reconciliation reports it) and its rows' fate. */
interface Placed
  extends Pick<
    TableReconciliation,
    "table" | "existing" | "top" | "left" | "firstBodyRow" | "width" | "columnIndex" | "bodyRowCount"
  > {
  current: Grid;
  updates: { row: PlanRow; sheetRow: number }[];
  appends: { row: PlanRow; sheetRow: number }[];
  removed: [string, number][];
  rowOfKey: Map<string, number>;
}

/** Matches plan rows to existing rows by key; the rest are appended or flagged. */
function placeRows(table: PlanTable, found: TableSnapshot | undefined): Placed {
  const firstBodyRow = table.top + (table.headerRow ? 1 : 0);
  const p: Placed = {
    table,
    existing: found !== undefined,
    top: table.top,
    left: table.left,
    firstBodyRow,
    width: table.columns.length,
    columnIndex: new Map(table.columns.map((c, i) => [c.id, table.left + i])),
    current: [],
    updates: [],
    appends: [],
    removed: [],
    rowOfKey: new Map(),
    bodyRowCount: 0,
  };
  if (!found) {
    p.bodyRowCount = table.rows.length;
    p.appends = table.rows.map((row, i) => ({ row, sheetRow: firstBodyRow + i }));
    for (const { row, sheetRow } of p.appends) p.rowOfKey.set(row.key, sheetRow);
    return p;
  }
  p.current = found.body;
  if (!table.excelTable) {
    p.bodyRowCount = table.rows.length;
    p.updates = table.rows.map((row, i) => ({ row, sheetRow: firstBodyRow + i }));
    for (const { row, sheetRow } of p.updates) p.rowOfKey.set(row.key, sheetRow);
    return p;
  }
  p.top = found.top;
  p.left = found.left;
  p.firstBodyRow = found.top + 1;
  p.width = found.width;
  p.columnIndex = mapColumns(table, found.left, found.headers ?? []);
  const keyAt = (p.columnIndex.get(table.keyColumn) ?? p.left) - p.left;
  const existingRows = new Map<string, number>();
  p.current.forEach((cells, i) => {
    const key = cells[keyAt];
    if (key !== null && key !== undefined && key !== "" && !existingRows.has(String(key))) {
      existingRows.set(String(key), p.firstBodyRow + i);
    }
  });
  // A table Excel created with one blank row counts as empty.
  let nextRow =
    p.firstBodyRow + (existingRows.size === 0 && p.current.every(isBlankRow) ? 0 : p.current.length);
  const planned = new Set<string>();
  for (const row of table.rows) {
    planned.add(row.key);
    const at = existingRows.get(row.key);
    if (at !== undefined) p.updates.push({ row, sheetRow: at });
    else p.appends.push({ row, sheetRow: nextRow++ });
  }
  for (const [key, at] of existingRows) if (!planned.has(key)) p.removed.push([key, at]);
  p.bodyRowCount = nextRow - p.firstBodyRow;
  for (const [key, at] of existingRows) p.rowOfKey.set(key, at);
  for (const { row, sheetRow } of p.appends) p.rowOfKey.set(row.key, sheetRow);
  return p;
}

function isBlankRow(cells: CellContent[]): boolean {
  return cells.every((c) => c === null || c === "");
}

function placementOf(p: Placed): TablePlacement {
  return {
    sheet: p.table.sheet,
    firstBodyRow: p.firstBodyRow,
    bodyRowCount: p.bodyRowCount,
    columnIndex: p.columnIndex,
    rowOfKey: p.rowOfKey,
    ...(p.table.excelTable
      ? {
          structured: {
            name: p.table.name,
            headers: new Map(p.table.columns.map((c) => [c.id, c.header])),
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------- cell contents

function modeOf(table: PlanTable, column: PlanColumn, index: number): WriteMode {
  if (column.formula) return "formula";
  if (column.numberFormat === "@") return "text";
  return table.rows.some((row) => row.cells[index]?.text) ? "text" : "value";
}

/** What goes into one cell: its formula for the mode (resolved by resolvePlan), or the constant. */
function contentOf(column: PlanColumn, cell: PlanCell | undefined, live: boolean): CellContent {
  // A formula column's cell may hold a constant that overrides the template for its row (resolvePlan).
  if (column.formula) return (cell && formulaFor(cell, live ? "live" : "advisor-safe")) ?? cell?.value ?? "";
  // "" clears the cell; null would leave the old value there, so a field that became empty would keep
  // its stale text while the ledger recorded it empty (issue 18).
  return cell?.value ?? "";
}

/** The cells of existing rows to rewrite, and the owner's edits to keep (see reconcileScorecard). */
function refreshCells(
  table: PlanTable,
  columns: ColumnWrite[],
  present: { row: PlanRow; sheetRow: number }[],
  p: Placed,
  ledger: Ledger,
  live: boolean,
  ledgerTable: LedgerTable,
): { update: ColumnUpdate[]; keep: { key: string; column: string }[] } {
  const keep: { key: string; column: string }[] = [];
  const writes = new Map<number, ColumnUpdate>();
  for (const { row, sheetRow } of present) {
    const rowHashes: string[] = [];
    const currentRow = p.current[sheetRow - p.firstBodyRow] ?? [];
    for (const write of columns) {
      const { column, index, col } = write;
      const current = currentRow[col - p.left] ?? null;
      if (column.kind === "owner" || column.kind === "key") {
        rowHashes.push("");
        continue;
      }
      const wanted = contentOf(column, row.cells[index], live);
      const before = previousHash(ledger, table.name, row.key, column.id);
      const isFormula = typeof current === "string" && current.startsWith("=");
      const ownerTyped =
        before !== undefined && cellHash(current) !== before && !(column.kind === "computed" && isFormula);
      if (ownerTyped) {
        keep.push({ key: row.key, column: column.id });
        rowHashes.push(before);
        continue;
      }
      rowHashes.push(cellHash(wanted));
      if (cellHash(current) === cellHash(wanted) && (column.kind !== "computed" || current === wanted))
        continue;
      const cell = row.cells[index];
      const entry = writes.get(col) ?? { column: write, cells: [] };
      entry.cells.push({
        sheetRow,
        content: wanted,
        ...(cell?.hyperlink ? { link: cell.hyperlink } : {}),
      });
      writes.set(col, entry);
    }
    ledgerTable.rows.set(row.key, rowHashes);
  }
  const update = [...writes.values()];
  for (const entry of update) entry.cells.sort((a, b) => a.sheetRow - b.sheetRow);
  return { update, keep };
}

/**
 * Rows the plan no longer has: the ledger keeps what the last pull wrote (re-ordered to today's
 * columns, so a returning vendor is still tracked); a flagging table gets "No" in "In evaluation".
 */
function flagRemoved(
  table: PlanTable,
  p: Placed,
  ledger: Ledger,
  ledgerTable: LedgerTable,
): {
  flag: { key: string; sheetRow: number }[];
  keepRows: { key: string; sheetRow: number }[];
  flagColumn?: number;
} {
  const previous = ledger.get(table.name);
  for (const [key] of p.removed) {
    const old = previous?.rows.get(key);
    if (old) {
      ledgerTable.rows.set(
        key,
        table.columns.map((c) => old[previous?.columns.indexOf(c.id) ?? -1] ?? ""),
      );
    }
  }
  const rows = [...p.removed].sort((a, b) => a[1] - b[1]).map(([key, sheetRow]) => ({ key, sheetRow }));
  const column = table.inEvaluationColumn;
  const flagColumn = column === undefined ? undefined : p.columnIndex.get(column);
  if (table.removedRows !== "flag" || column === undefined || flagColumn === undefined || rows.length === 0) {
    return { flag: [], keepRows: rows };
  }
  const at = table.columns.findIndex((c) => c.id === column);
  for (const { key } of rows) {
    const entry = ledgerTable.rows.get(key) ?? table.columns.map(() => "");
    entry[at] = cellHash("No");
    ledgerTable.rows.set(key, entry);
  }
  return { flag: rows, keepRows: [], flagColumn };
}
