import { describe, expect, test } from "vitest";
import {
  cellHash,
  LEDGER_COLUMNS_KEY,
  ledgerRows,
  parseLedger,
  parseLedgerSummary,
  previousHash,
} from "./scorecard-ledger";

describe("cellHash", () => {
  test("empty cells and empty strings are the same; types are told apart", () => {
    expect(cellHash(null)).toBe("");
    expect(cellHash("")).toBe("");
    expect(cellHash(undefined)).toBe("");
    expect(cellHash(4)).not.toBe(cellHash("4"));
    expect(cellHash(true)).not.toBe(cellHash("true"));
    expect(cellHash("Acme")).toBe(cellHash("Acme"));
    expect(cellHash("Acme")).not.toBe(cellHash("Acme "));
  });
});

describe("the ledger", () => {
  test("round-trips through sheet rows", () => {
    const rows = [
      ["VS_Vendors", LEDGER_COLUMNS_KEY, "id,name,notes"],
      ["VS_Vendors", "acme.com", `,${cellHash("Acme")},`],
      ["VS_Costs", LEDGER_COLUMNS_KEY, "id,tco"],
    ];
    const ledger = parseLedger(rows);
    expect(ledgerRows(ledger)).toEqual(rows);
    expect(previousHash(ledger, "VS_Vendors", "acme.com", "name")).toBe(cellHash("Acme"));
    expect(previousHash(ledger, "VS_Vendors", "acme.com", "notes")).toBe("");
    expect(previousHash(ledger, "VS_Vendors", "bolt.io", "name")).toBeUndefined();
    expect(previousHash(ledger, "VS_Vendors", "acme.com", "website")).toBeUndefined();
    expect(previousHash(ledger, "VS_Reviews", "r-1", "body")).toBeUndefined();
  });

  test("skips rows an owner mangled on the hidden sheet", () => {
    const ledger = parseLedger([
      ["", "x", "y"],
      [5, "k", "h"],
      ["T", null, "h"],
      ["T", 42, "a,b"],
    ]);
    expect([...ledger.keys()]).toEqual(["T"]);
    expect(ledger.get("T")?.rows.get("42")).toEqual(["a", "b"]);
  });

  test.each([
    [undefined],
    ["not json"],
    ['{"version":2,"ledgerRows":1,"tables":{}}'],
    ['{"version":1,"tables":{}}'],
  ])("a summary %j that is not ours reads as none", (value) => {
    expect(parseLedgerSummary(value)).toBeUndefined();
  });

  test("a valid summary reads back", () => {
    const summary = { version: 1, ledgerRows: 3, tables: { VS_Vendors: { rows: 2, bytes: 100 } } };
    expect(parseLedgerSummary(JSON.stringify(summary))).toEqual(summary);
  });
});
