import { describe, expect, test } from "vitest";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { planScorecard, TABLE_NAMES } from "./plan-scorecard";
import {
  reconcileScorecard,
  type ScorecardReconciliation,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "./reconcile-scorecard";
import { cellHash } from "./scorecard-ledger";
import type { ScorecardPlan } from "./scorecard-plan";
import { ScorecardWorkbookError } from "./scorecard-workbook-fit";

const EMPTY: WorkbookSnapshot = { existingSheets: [], tables: new Map(), ledger: new Map() };

function plan(edit?: (input: ReturnType<typeof scorecardFixture>) => void): ScorecardPlan {
  const input = scorecardFixture();
  edit?.(input);
  return planScorecard({ ...input, mode: "live" });
}

/**
 * The workbook a build of `built` leaves behind, as a reader would find it: every table where the
 * build put it, its body the appended contents (what `formulas` reads back), and the build's ledger.
 */
function workbookAfter(built: ScorecardReconciliation, p: ScorecardPlan): WorkbookSnapshot {
  const tables = new Map<string, TableSnapshot>();
  for (const t of built.tables) {
    tables.set(t.table.name, {
      top: t.top,
      left: t.left,
      width: t.width,
      bodyRowCount: t.bodyRowCount,
      ...(t.table.excelTable ? { headers: t.table.columns.map((c) => c.header) } : {}),
      body: t.append.map((row) => [...row.contents]),
    });
  }
  return { existingSheets: p.sheets.map((s) => s.name), tables, ledger: built.ledger };
}

function table(r: ScorecardReconciliation, name: string) {
  const found = r.tables.find((t) => t.table.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function column(r: ScorecardReconciliation, name: string, id: string) {
  const t = table(r, name);
  const index = t.table.columns.findIndex((c) => c.id === id);
  return { t, index, col: t.columnIndex.get(id) ?? -1 };
}

describe("reconcileScorecard", () => {
  test("an empty workbook: every row appended where the plan puts it, nothing updated, kept or flagged", () => {
    const p = plan();
    const r = reconcileScorecard(p, EMPTY);
    const vendors = table(r, TABLE_NAMES.vendors);
    // The fixture has five vendors; the Vendors table's header is on row 0, so bodies start on row 1.
    expect(vendors.append.map((a) => a.sheetRow)).toEqual([1, 2, 3, 4, 5]);
    expect(r.tables.every((t) => t.update.length === 0 && t.flag.length === 0 && t.keep.length === 0)).toBe(
      true,
    );
    expect(r.counts.rowsUpdated).toBe(0);
    expect(r.counts.rowsAdded).toBe(
      p.sheets.flatMap((s) => s.tables).reduce((n, t) => n + (t.excelTable ? t.rows.length : 0), 0),
    );
    // The ledger records what was written, and nothing for the owner's columns.
    const notes = column(r, TABLE_NAMES.vendors, "notes");
    const name = column(r, TABLE_NAMES.vendors, "name");
    const acme = r.ledger.get(TABLE_NAMES.vendors)?.rows.get("acme.com") ?? [];
    expect(acme[notes.index]).toBe("");
    expect(acme[name.index]).toBe(cellHash("Acme Books"));
  });

  test("an Update of an unchanged workbook rewrites nothing and keeps nothing", () => {
    const p = plan();
    const again = reconcileScorecard(p, workbookAfter(reconcileScorecard(p, EMPTY), p));
    expect(again.tables.flatMap((t) => t.update)).toEqual([]);
    expect(again.tables.flatMap((t) => t.append)).toEqual([]);
    expect(again.counts).toMatchObject({ rowsAdded: 0, rowsFlagged: 0, ownerEditsKept: 0 });
  });

  test("a captured cell the owner typed over is kept, and the ledger still holds what the pull wrote", () => {
    const p = plan();
    const built = reconcileScorecard(p, EMPTY);
    const workbook = workbookAfter(built, p);
    const { t, index, col } = column(built, TABLE_NAMES.vendors, "name");
    const acmeRow = t.append.findIndex((a) => a.row.key === "acme.com");
    const body = (workbook.tables.get(TABLE_NAMES.vendors) as TableSnapshot).body;
    (body[acmeRow] as unknown[])[col - t.left] = "Acme Books (our accountant's pick)";
    // The library renames the vendor too: the owner's text still wins.
    const renamed = plan((input) => {
      const acme = input.vendors.find((v) => v.id === "acme.com");
      if (acme) acme.name = "Acme Bookkeeping Ltd";
    });
    const r = reconcileScorecard(renamed, workbook);
    expect(table(r, TABLE_NAMES.vendors).keep).toEqual([{ key: "acme.com", column: "name" }]);
    expect(r.counts.ownerEditsKept).toBe(1);
    const writes = table(r, TABLE_NAMES.vendors).update.find((u) => u.column.column.id === "name");
    expect(writes).toBeUndefined();
    expect(r.ledger.get(TABLE_NAMES.vendors)?.rows.get("acme.com")?.[index]).toBe(cellHash("Acme Books"));
  });

  test("a captured cell the owner left alone refreshes to the library's new value", () => {
    const p = plan();
    const workbook = workbookAfter(reconcileScorecard(p, EMPTY), p);
    const renamed = plan((input) => {
      const acme = input.vendors.find((v) => v.id === "acme.com");
      if (acme) acme.name = "Acme Bookkeeping Ltd";
    });
    const r = reconcileScorecard(renamed, workbook);
    const writes = table(r, TABLE_NAMES.vendors).update.find((u) => u.column.column.id === "name");
    expect(writes?.cells.map((c) => c.content)).toEqual(["Acme Bookkeeping Ltd"]);
  });

  test('a field that became empty is written as "" (clears the cell), never null (would leave stale text)', () => {
    const p = plan();
    const workbook = workbookAfter(reconcileScorecard(p, EMPTY), p);
    const cleared = plan((input) => {
      const acme = input.vendors.find((v) => v.id === "acme.com");
      if (acme) acme.certifications = [];
    });
    const before = column(reconcileScorecard(p, EMPTY), TABLE_NAMES.vendors, "certifications");
    const acmeBefore = before.t.append.find((a) => a.row.key === "acme.com")?.contents[before.index];
    expect(acmeBefore).not.toBe("");
    const r = reconcileScorecard(cleared, workbook);
    const writes = table(r, TABLE_NAMES.vendors).update.find((u) => u.column.column.id === "certifications");
    expect(writes?.cells.map((c) => c.content)).toEqual([""]);
  });

  test("a row the owner added by hand is flagged on the Scorecard and kept on the Reviews sheet", () => {
    const p = plan();
    const built = reconcileScorecard(p, EMPTY);
    const workbook = workbookAfter(built, p);
    for (const name of [TABLE_NAMES.scorecard, TABLE_NAMES.reviews]) {
      const t = table(built, name);
      const found = workbook.tables.get(name) as TableSnapshot;
      const row: unknown[] = Array.from({ length: t.width }, () => "");
      row[(t.columnIndex.get(t.table.keyColumn) ?? 0) - t.left] = "hand-added";
      found.body.push(row as TableSnapshot["body"][number]);
      found.bodyRowCount++;
    }
    const r = reconcileScorecard(p, workbook);
    const scorecard = table(r, TABLE_NAMES.scorecard);
    const handRow = scorecard.firstBodyRow + scorecard.previousBodyRowCount - 1;
    expect(scorecard.flag).toEqual([{ key: "hand-added", sheetRow: handRow }]);
    expect(scorecard.flagColumn).toBe(scorecard.columnIndex.get("in-evaluation"));
    expect(r.ledger.get(TABLE_NAMES.scorecard)?.rows.get("hand-added")).toContain(cellHash("No"));
    const reviews = table(r, TABLE_NAMES.reviews);
    expect(reviews.flag).toEqual([]);
    expect(reviews.keepRows.map((k) => k.key)).toEqual(["hand-added"]);
    expect(r.counts.rowsFlagged).toBe(1);
  });

  test("after the owner sorted the Scorecard, rows stay where they are and formulas follow them", () => {
    const p = plan();
    const built = reconcileScorecard(p, EMPTY);
    const workbook = workbookAfter(built, p);
    const found = workbook.tables.get(TABLE_NAMES.scorecard) as TableSnapshot;
    found.body.reverse();
    const r = reconcileScorecard(p, workbook);
    const scorecard = table(r, TABLE_NAMES.scorecard);
    const first = scorecard.firstBodyRow;
    const last = first + found.body.length - 1;
    const acme = scorecard.present.find((x) => x.row.key === "acme.com");
    const acmeBuilt = table(built, TABLE_NAMES.scorecard).append.find((a) => a.row.key === "acme.com");
    expect(acme?.sheetRow).toBe(last - ((acmeBuilt?.sheetRow ?? 0) - first));
    const score = scorecard.table.columns.findIndex((c) => c.id === "score");
    expect(acme?.row.cells[score]?.formula?.live).toContain(`${(acme?.sheetRow ?? 0) + 1}`);
  });

  test("a workbook whose Vendors table lost a column is refused with a sentence saying what to do", () => {
    const p = plan();
    const workbook = workbookAfter(reconcileScorecard(p, EMPTY), p);
    const vendors = workbook.tables.get(TABLE_NAMES.vendors) as TableSnapshot;
    vendors.headers = (vendors.headers ?? []).map((h) => (h === "Tags" ? "Labels" : h));
    expect(() => reconcileScorecard(p, workbook)).toThrow(ScorecardWorkbookError);
    expect(() => reconcileScorecard(p, workbook)).toThrow(/no column "Tags".*Restore the header/);
  });
});
