/**
 * What the last pull wrote, so an update can tell a cell the owner typed over from one that only
 * holds the previous pull's value. Kept on a hidden "VendorScout" sheet as one row per table row:
 * [table, row key, short hashes of the cells written, comma-separated in column order], plus one
 * "#columns" row per table naming those columns. Hashes, not copies: review bodies would otherwise
 * double the workbook.
 */

export const LEDGER_SHEET = "VendorScout";
/** A workbook setting with the ledger's size and each table's size, read before anything else. */
export const LEDGER_SETTING = "VendorScout.ledger";
export const LEDGER_COLUMNS_KEY = "#columns";

export type CellContent = string | number | boolean | null;

export interface LedgerTable {
  columns: string[];
  rows: Map<string, string[]>;
}
export type Ledger = Map<string, LedgerTable>;

export interface LedgerSummary {
  version: 1;
  ledgerRows: number;
  /** Per table: body rows and the estimated bytes of their formulas, to size the reads. */
  tables: Record<string, { rows: number; bytes: number }>;
}

/**
 * A short fingerprint of a cell's content as Office.js `formulas` reads it back; an empty cell and
 * an empty string are the same ("").
 *
 * @example
 * cellHash(null) //=> ""
 * cellHash(4) === cellHash("4") //=> false
 */
export function cellHash(content: CellContent | undefined): string {
  if (content === null || content === undefined || content === "") return "";
  const key = `${typeof content === "string" ? "s" : typeof content === "number" ? "n" : "b"}:${content}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Reads the ledger sheet's rows; malformed rows are skipped (the ledger is only a hint). */
export function parseLedger(rows: readonly (readonly unknown[])[]): Ledger {
  const ledger: Ledger = new Map();
  for (const [table, key, hashes] of rows) {
    if (typeof table !== "string" || table === "" || (typeof key !== "string" && typeof key !== "number"))
      continue;
    let entry = ledger.get(table);
    if (!entry) {
      entry = { columns: [], rows: new Map() };
      ledger.set(table, entry);
    }
    const list = typeof hashes === "string" && hashes !== "" ? hashes.split(",") : [];
    if (key === LEDGER_COLUMNS_KEY) entry.columns = list;
    else entry.rows.set(String(key), list);
  }
  return ledger;
}

/** The ledger as sheet rows, the inverse of `parseLedger`. */
export function ledgerRows(ledger: Ledger): string[][] {
  const rows: string[][] = [];
  for (const [table, entry] of ledger) {
    rows.push([table, LEDGER_COLUMNS_KEY, entry.columns.join(",")]);
    for (const [key, hashes] of entry.rows) rows.push([table, key, hashes.join(",")]);
  }
  return rows;
}

/** The hash the last pull wrote for one cell, or undefined when the ledger does not know it. */
export function previousHash(ledger: Ledger, table: string, key: string, column: string): string | undefined {
  const entry = ledger.get(table);
  if (!entry) return undefined;
  const index = entry.columns.indexOf(column);
  const row = entry.rows.get(key);
  if (index < 0 || !row) return undefined;
  return row[index] ?? "";
}

export function parseLedgerSummary(value: unknown): LedgerSummary | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<LedgerSummary>;
    if (parsed.version !== 1 || typeof parsed.ledgerRows !== "number" || typeof parsed.tables !== "object") {
      return undefined;
    }
    return parsed as LedgerSummary;
  } catch {
    return undefined;
  }
}
