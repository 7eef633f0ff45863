/**
 * The demo pack's workbook stays the same cell for cell across restructurings (issue 22): the Office.js
 * writer's output in both formula modes and the advisor-safe .xlsx are compared with a copy stored
 * before the step. A change that alters the workbook on purpose regenerates the copy in its own commit:
 *   UPDATE_DEMO_WORKBOOK=1 npx vitest run tests/workbook/demo-workbook.test.ts && npx biome format --write tests/workbook/fixtures
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parseVendorPack } from "../../shared/schema/vendor-pack";
import { exportedCells, type WorkbookCells, writtenCells } from "./demo-workbook-cells";

const FIXTURES = resolve(import.meta.dirname, "fixtures");
const STORED = resolve(FIXTURES, "demo-workbook.cells.json");

function demoPack() {
  // The pack `npm run demo` exported from the bundled provider pages, stored as it came out.
  const parsed = parseVendorPack(readFileSync(resolve(FIXTURES, "demo.vendorpack.json"), "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.pack;
}

describe("the demo pack's workbook", async () => {
  const pack = demoPack();
  const now: Record<string, WorkbookCells> = {
    "written (live)": await writtenCells(pack, "live"),
    "written (advisor-safe)": await writtenCells(pack, "advisor-safe"),
    "exported .xlsx": await exportedCells(pack),
  };
  if (process.env.UPDATE_DEMO_WORKBOOK === "1") writeFileSync(STORED, `${JSON.stringify(now, null, 1)}\n`);
  const stored = JSON.parse(readFileSync(STORED, "utf8")) as Record<string, WorkbookCells>;

  test.each(Object.keys(now))("%s is the stored copy, cell for cell", (name) => {
    expect(stored[name], `${STORED} has no "${name}"`).toBeDefined();
    const before = stored[name] as WorkbookCells;
    const after = now[name] as WorkbookCells;
    expect(after.tables).toEqual(before.tables);
    expect(Object.keys(after.sheets)).toEqual(Object.keys(before.sheets));
    for (const sheet of Object.keys(before.sheets))
      expect(after.sheets[sheet], sheet).toEqual(before.sheets[sheet]);
  });

  test("has vendors, ratings and formulas in it (the comparison is not of empty books)", () => {
    const live = now["written (live)"] as WorkbookCells;
    expect(Object.keys(live.sheets)).toEqual(expect.arrayContaining(["Vendors", "Scorecard", "Costs"]));
    const formulas = Object.values(live.sheets.Scorecard ?? {}).filter(([c]) => String(c).startsWith("="));
    expect(formulas.length).toBeGreaterThan(4);
  });
});
