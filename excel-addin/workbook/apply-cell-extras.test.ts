import { describe, expect, test } from "vitest";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import { asExcelContext, ExcelContextDouble } from "../../tests/support/office/excel-context-double";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { writeScorecard } from "./write-scorecard";

/** A host that supports ExcelApi up to `version` (a null host: none beyond the manifest). */
const upTo = (version: string) => (set: string, asked: string) =>
  set === "ExcelApi" && Number(asked.split(".")[1]) <= Number(version.split(".")[1]);

async function write(
  mode: "live" | "advisor-safe",
  isSetSupported: (set: string, version: string) => boolean,
  context = new ExcelContextDouble(),
  writeMode: "build" | "update" = "build",
) {
  const plan = planScorecard({ ...scorecardFixture(), mode });
  await writeScorecard(asExcelContext(context), plan, { mode: writeMode, isSetSupported });
  return context;
}

describe("drop-down lists (data validation, ExcelApi 1.8)", () => {
  test("each vendor's costed plan gets a drop-down of that vendor's plans on the Plans sheet (its Plan column, E)", async () => {
    const { model } = await write("live", upTo("1.8"));
    // Acme has two plans (Plans rows 2-3), Bolt one (row 4): each list names its own vendor's rows.
    expect(model.tableCell(TABLE_NAMES.costs, "acme.com", "Plan costed")?.validation).toEqual({
      inCellDropDown: true,
      source: "=Plans!$E$2:$E$3",
    });
    expect(model.tableCell(TABLE_NAMES.costs, "bolt.io", "Plan costed")?.validation).toEqual({
      inCellDropDown: true,
      source: "=Plans!$E$4:$E$4",
    });
    expect(model.tableCell(TABLE_NAMES.costs, "acme.com", "Vendor")?.validation).toBeUndefined();
  });

  test("a host without ExcelApi 1.8 gets no drop-down and no call it cannot run", async () => {
    const context = await write("live", upTo("1.7"));
    expect(context.model.tableCell(TABLE_NAMES.costs, "acme.com", "Plan costed")?.validation).toBeUndefined();
    expect(context.operations.filter((op) => op.startsWith("dataValidation"))).toEqual([]);
    expect(context.model.tableCell(TABLE_NAMES.costs, "acme.com", "Plan costed")?.content).toBe("Starter");
  });

  test("an Update clears and re-sets each list, so a list stays one rule, even where the owner picked a plan", async () => {
    const context = await write("live", upTo("1.8"));
    const cell = context.model.tableCell(TABLE_NAMES.costs, "acme.com", "Plan costed");
    if (cell) cell.content = "Plus";
    const before = context.operations.length;
    await write("live", upTo("1.8"), context, "update");
    const ops = context.operations.slice(before).filter((op) => op.startsWith("dataValidation"));
    // Five vendors on the Costs sheet: one clear and one rule each.
    expect(ops.filter((op) => op === "dataValidation.clear")).toHaveLength(5);
    expect(ops.filter((op) => op === "dataValidation.rule")).toHaveLength(5);
    expect(context.model.tableCell(TABLE_NAMES.costs, "acme.com", "Plan costed")).toMatchObject({
      content: "Plus",
      validation: { source: "=Plans!$E$2:$E$3" },
    });
  });
});

describe("cell notes (ExcelApi 1.18, comments from 1.10)", () => {
  const NOTE = /^Computed by VendorScout for 2026-11-01 \(owner's zone Europe\/London/;

  test("the advisor-safe overlap hours carry a note saying they are values", async () => {
    const { model } = await write("advisor-safe", upTo("1.18"));
    const overlap = model.tableCell(TABLE_NAMES.vendors, "acme.com", "Overlap with owner (h)");
    expect(overlap?.content).toBe(3);
    expect(overlap?.note).toMatch(NOTE);
    expect(overlap?.comment).toBeUndefined();
  });

  test("a host with comments but not notes gets the text as a comment", async () => {
    const { model } = await write("advisor-safe", upTo("1.10"));
    const overlap = model.tableCell(TABLE_NAMES.vendors, "acme.com", "Overlap with owner (h)");
    expect(overlap?.note).toBeUndefined();
    expect(overlap?.comment).toMatch(NOTE);
  });

  test("an older host gets the value alone; an Update adds no second note", async () => {
    const old = await write("advisor-safe", upTo("1.9"));
    const overlap = old.model.tableCell(TABLE_NAMES.vendors, "acme.com", "Overlap with owner (h)");
    expect(overlap).toMatchObject({ content: 3 });
    expect(overlap?.note ?? overlap?.comment).toBeUndefined();
    const context = await write("advisor-safe", upTo("1.18"));
    const before = context.operations.length;
    await write("advisor-safe", upTo("1.18"), context, "update");
    expect(context.operations.slice(before)).not.toContain("notes.add");
  });

  test("the double refuses a note on more than one cell, as Excel does", () => {
    const context = new ExcelContextDouble();
    const sheet = asExcelContext(context).workbook.worksheets.add("S");
    expect(() => sheet.notes.add(sheet.getRangeByIndexes(0, 0, 2, 1), "x")).toThrow(/InvalidCellAddress/);
  });
});
