/**
 * Writes blocks of cells the safe way: per run of neighbouring columns of one kind, the number
 * formats first ("@" before any page text, so "=cmd|..." stays text), then `values` or `formulas`.
 * Also the two groupings the writer batches by: column runs and stretches of consecutive rows.
 */

import type { ColumnWrite } from "../../shared/scorecard/reconcile-scorecard";
import type { CellContent } from "../../shared/scorecard/scorecard-ledger";
import { jsonBytes, type RequestBatcher } from "./request-batcher";

/**
 * Writes `rows` rows from sheet row `firstRow`, one range per run; `cellsOf(column)` gives that
 * column's contents, one per row.
 */
export async function writeCellRuns(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  firstRow: number,
  runs: ColumnWrite[][],
  cellsOf: (column: ColumnWrite) => CellContent[],
): Promise<void> {
  for (const run of runs) {
    const columns = run.map((column) => cellsOf(column));
    const rows = columns[0]?.length ?? 0;
    const grid = Array.from({ length: rows }, (_, r) => columns.map((cells) => cells[r] ?? null));
    const formats = grid.map(() => run.map((c) => (c.mode === "text" ? "@" : c.column.numberFormat)));
    await batch.reserve(jsonBytes(grid) + jsonBytes(formats), 3);
    const range = sheet.getRangeByIndexes(firstRow, run[0]?.col ?? 0, rows, run.length);
    range.numberFormat = formats;
    if (run[0]?.mode === "formula") range.formulas = grid;
    else range.values = grid;
  }
}

/** Neighbouring sheet columns of the same kind, so one range write covers them. */
export function runsOf<T extends { col: number; mode: string }>(columns: readonly T[]): T[][] {
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

/** Runs of consecutive sheet rows, capped so one write stays a small part of a request. */
export function stretches<T extends { sheetRow: number }>(cells: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const cell of cells) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.sheetRow + 1 === cell.sheetRow && run.length < 2000) run.push(cell);
    else out.push([cell]);
  }
  return out;
}
