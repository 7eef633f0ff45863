import { describe, expect, test } from "vitest";
import { vendorSchema } from "../../shared/schema/vendor";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import { LEDGER_SETTING, LEDGER_SHEET } from "../../shared/scorecard/scorecard-ledger";
import {
  asExcelContext,
  DoubleWorkbook,
  ExcelContextDouble,
} from "../../tests/support/office/excel-context-double";
import { scorecardFixture, syntheticEvaluation } from "../../tests/support/scorecard/scorecard-fixture";
import { SCORECARD_TABLES, SCORECARD_TABS } from "../../tests/support/scorecard/workbook-names";
import { writeScorecard } from "./write-scorecard";

const FOUR_MB = 4 * 1024 * 1024;

async function build(input = scorecardFixture(), mode: "live" | "advisor-safe" = "live") {
  const context = new ExcelContextDouble();
  const report = await writeScorecard(asExcelContext(context), planScorecard({ ...input, mode }), {
    mode: "build",
  });
  return { context, model: context.model, report };
}

describe("the mock Excel", () => {
  test("turns a leading = into a formula unless the cell is text, like Excel", async () => {
    const context = new ExcelContextDouble();
    const sheet = context.workbook.worksheets.add("S");
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [["=1+1"]];
    const text = sheet.getRangeByIndexes(1, 0, 1, 1);
    text.numberFormat = [["@"]];
    text.values = [["=1+1"]];
    await context.sync();
    expect(context.model.sheet("S").cell(0, 0).isFormula).toBe(true);
    expect(context.model.sheet("S").cell(1, 0).isFormula).toBe(false);
  });

  test("a loaded property is readable only after the sync", async () => {
    const context = new ExcelContextDouble();
    context.workbook.worksheets.add("S");
    await context.sync();
    const range = context.workbook.worksheets
      .getItemOrNullObject("S")
      .getRangeByIndexes(0, 0, 1, 1)
      .load("formulas");
    expect(() => range.formulas).toThrow(/formulas/);
    await context.sync();
    expect(range.formulas).toEqual([[""]]);
  });

  test("refuses a request over 5 MB, as Excel on the web does", async () => {
    const context = new ExcelContextDouble();
    const sheet = context.workbook.worksheets.add("S");
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [["x".repeat(6 * 1024 * 1024)]];
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("writeScorecard build", () => {
  test("creates the sheets, named tables, frozen headers, data bars, chart, links and a hidden ledger", async () => {
    const { model, report } = await build();
    expect([...model.sheets.keys()]).toEqual([...SCORECARD_TABS, "VendorScout ranks", LEDGER_SHEET]);
    expect(model.sheet("VendorScout ranks").visibility).toBe("Hidden");
    expect([...model.tables.keys()].sort()).toEqual(SCORECARD_TABLES);
    expect(model.sheet("Scorecard").frozenRows).toBe(3);
    expect(model.sheet("Costs").frozenRows).toBe(7);
    expect(model.sheet("Scorecard").dataBars).toEqual([
      {
        address: "Scorecard!F4:F8",
        lower: { type: "Number", formula: "0" },
        upper: { type: "Number", formula: "100" },
      },
    ]);
    expect(model.sheet("Scorecard").charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        source: "Scorecard!F4:F8",
        categories: "Scorecard!B4:B8",
      }),
    ]);
    expect(model.tableCell(TABLE_NAMES.vendors, "acme.com", "Website")?.hyperlink).toEqual({
      address: "https://acme.com/",
      textToDisplay: "https://acme.com/",
    });
    expect(model.sheet(LEDGER_SHEET).visibility).toBe("Hidden");
    expect(model.settings.get(LEDGER_SETTING)).toContain('"ledgerRows"');
    // Vendors, Reviews, Criteria, Scorecard, Costs; Plans 6, FX 2, Gates 5.
    expect(report).toMatchObject({
      mode: "build",
      syncs: 2,
      chunks: 0,
      rowsAdded: 5 + 4 + 3 + 5 + 5 + 6 + 2 + 5,
    });
  });

  test("live formulas in the live plan, native ones in the advisor-safe plan", async () => {
    const live = await build(scorecardFixture(), "live");
    expect(live.model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Score")?.content).toBe(
      '=IFERROR(VENDORSCORE(C4:E4,Scorecard!$C$1:$E$1),"")',
    );
    const native = await build(scorecardFixture(), "advisor-safe");
    expect(native.model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Score")?.content).toMatch(
      /^=IFERROR\(SUMPRODUCT/,
    );
    expect(native.model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Score")?.isFormula).toBe(true);
  });

  test("formula-looking page text lands as text with the text format", async () => {
    const { model } = await build();
    const name = model.tableCell(TABLE_NAMES.vendors, "bolt.io", "Vendor");
    expect(name).toMatchObject({
      content: '=HYPERLINK("http://evil.example","click")',
      isFormula: false,
      numberFormat: "@",
    });
    for (const [key, header, text] of [
      ["r-1", "Title", "=1+1"],
      ["r-1", "Review", "+SUM(A1:A9)"],
      ["r-2", "Title", "@cmd"],
      ["r-2", "Review", "-2+3"],
      ["r-4", "Review", "\r=cmd|' /C calc'!A0"],
      ["r-3", "Review", "\tTabbed body"],
    ] as const) {
      expect(model.tableCell(TABLE_NAMES.reviews, key, header), `${key} ${header}`).toMatchObject({
        content: text,
        isFormula: false,
        numberFormat: "@",
      });
    }
    // Nothing on any sheet became a formula except the plan's own formula columns.
    const formulaHeaders = new Set([
      "Weight %",
      "Score",
      "Passes gates",
      "Failed gates",
      "Rank",
      "Overlap with owner (h)",
      "Price",
      "Currency",
      "Per",
      "Per seat",
      "Price a month",
      "Seats",
      "A month for the seats",
      "Rate to reporting currency",
      "Monthly cost (reporting currency)",
      "Management time a month",
      "TCO",
      "In-house TCO",
      "Savings",
    ]);
    for (const table of model.tables.values()) {
      for (const row of model.tableRows(table.name)) {
        for (const [header, content] of Object.entries(row)) {
          if (typeof content === "string" && content.startsWith("=")) {
            const cell = model.tableCell(table.name, String(Object.values(row)[0]), header);
            if (cell?.isFormula) expect(formulaHeaders.has(header), `${table.name} ${header}`).toBe(true);
          }
        }
      }
    }
  });

  test("refuses a workbook that already has a scorecard sheet, saying to update instead", async () => {
    const model = new DoubleWorkbook();
    model.addSheet("Scorecard");
    const context = new ExcelContextDouble(model);
    const plan = planScorecard({ ...scorecardFixture(), mode: "live" });
    await expect(writeScorecard(asExcelContext(context), plan, { mode: "build" })).rejects.toThrow(
      /already has a Scorecard sheet. Choose Update/,
    );
  });

  test("reports progress up to all rows", async () => {
    const context = new ExcelContextDouble();
    const seen: [number, number][] = [];
    const plan = planScorecard({ ...scorecardFixture(), mode: "live" });
    await writeScorecard(asExcelContext(context), plan, {
      mode: "build",
      onProgress: (d, t) => seen.push([d, t]),
    });
    // Every planned row, including the live ranks cell beside the Scorecard table.
    const rows = plan.sheets.flatMap((s) => s.tables).reduce((sum, t) => sum + t.rows.length, 0);
    expect(rows).toBe(39);
    expect(seen.at(-1)).toEqual([rows, rows]);
  });
});

describe("sync count and request size do not grow with the vendors (beyond chunking)", () => {
  const sizes = [10, 1_000, 5_000];
  const results = new Map<
    number,
    {
      build: { syncs: number; chunks: number; max: number };
      update: { syncs: number; chunks: number; max: number };
    }
  >();

  test.each(sizes)(
    "%i vendors: build and update",
    async (count) => {
      const input = syntheticEvaluation(count);
      const context = new ExcelContextDouble();
      const plan = planScorecard({ ...input, mode: "live" });
      const built = await writeScorecard(asExcelContext(context), plan, { mode: "build" });
      const buildMax = Math.max(...context.requests);
      // The update re-reads everything and appends one vendor.
      const extra = vendorSchema.parse({
        ...input.vendors[0],
        id: "new-vendor.example.com",
        name: "New vendor",
      });
      const evaluation = { ...input.evaluation, vendorIds: [...input.evaluation.vendorIds, extra.id] };
      const next = planScorecard({ ...input, evaluation, vendors: [...input.vendors, extra], mode: "live" });
      const before = context.requests.length;
      const updated = await writeScorecard(asExcelContext(context), next, { mode: "update" });
      const updateMax = Math.max(...context.requests.slice(before));
      expect(updated.rowsAdded).toBe(4); // Vendors, Scorecard, Costs and its plan on Plans
      expect(built.syncs).toBe(context.requests.length - updated.syncs);
      expect(buildMax).toBeLessThan(FOUR_MB);
      expect(updateMax).toBeLessThan(FOUR_MB);
      // The writer's own estimate stays above what the mock measured, or chunking would be blind.
      expect(built.maxRequestBytes).toBeGreaterThanOrEqual(buildMax * 0.8);
      results.set(count, {
        build: { syncs: built.syncs, chunks: built.chunks, max: buildMax },
        update: { syncs: updated.syncs, chunks: updated.chunks, max: updateMax },
      });
      console.info(
        `${count} vendors: build ${built.syncs} syncs (${built.chunks} chunk), max request ${buildMax} B; ` +
          `update ${updated.syncs} syncs (${updated.chunks} chunk), max request ${updateMax} B`,
      );
    },
    120_000,
  );

  test("syncs minus chunk syncs are the same for every size", () => {
    expect([...results.keys()]).toEqual(sizes);
    const fixed = [...results.values()].map((r) => [
      r.build.syncs - r.build.chunks,
      r.update.syncs - r.update.chunks,
    ]);
    expect(fixed).toEqual(sizes.map(() => [2, 4]));
    // Small scorecards need no chunking at all; the biggest needs some.
    expect(results.get(10)?.build.chunks).toBe(0);
    expect(results.get(5_000)?.build.chunks).toBeGreaterThan(0);
  });
});

describe("writeScorecard update", () => {
  async function builtWorkbookWithOwnerEdits() {
    const fixture = scorecardFixture();
    const { context, model } = await build(fixture);
    // The owner types: a rating, a weight, a note, and over a captured name.
    const sheetOf = (name: string) => context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    sheetOf("Scorecard").getRangeByIndexes(3, 2, 1, 1).values = [[1]]; // acme.com cost rating 4 -> 1
    sheetOf("Criteria").getRangeByIndexes(2, 2, 1, 1).values = [[80]]; // expertise weight 50 -> 80
    const note = sheetOf("Scorecard").getRangeByIndexes(4, 10, 1, 1); // bolt.io notes
    note.numberFormat = [["@"]];
    note.values = [["Called them: slow to reply"]];
    sheetOf("Vendors").getRangeByIndexes(3, 1, 1, 1).values = [["Copper (our name)"]]; // copper.co name
    await context.sync();
    return { fixture, context, model };
  }

  /** The Scorecard's rows after nextPull: echo.biz stays (flagged), fresh.dev is appended below. */
  const ROWS_AFTER_NEXT_PULL = ["acme.com", "bolt.io", "copper.co", "delta.net", "echo.biz", "fresh.dev"];

  function nextPull(fixture: ReturnType<typeof scorecardFixture>) {
    const fresh = vendorSchema.parse({
      ...fixture.vendors[0],
      id: "fresh.dev",
      name: "=Fresh Dev",
      website: "https://fresh.dev/",
      criterionRatings: { cost: 3, expertise: 3, reliability: 3 },
    });
    const vendors = fixture.vendors.map((v) =>
      v.id === "acme.com"
        ? { ...v, name: "Acme Books Ltd", criterionRatings: { cost: 5, expertise: 5, reliability: 5 } }
        : v.id === "copper.co"
          ? { ...v, name: "Copper and Co (renamed upstream)" }
          : v,
    );
    const evaluation = {
      ...fixture.evaluation,
      criteria: fixture.evaluation.criteria.map((c) => (c.id === "expertise" ? { ...c, weight: 10 } : c)),
      vendorIds: [...fixture.evaluation.vendorIds.filter((id) => id !== "echo.biz"), "fresh.dev"],
    };
    return planScorecard({ ...fixture, evaluation, vendors: [...vendors, fresh], mode: "live" });
  }

  test("keeps owner-typed ratings, weights, notes and edits; flags a removed vendor; appends a new one", async () => {
    const { fixture, context, model } = await builtWorkbookWithOwnerEdits();
    const syncsBefore = context.syncs;
    const report = await writeScorecard(asExcelContext(context), nextPull(fixture), { mode: "update" });

    const rating = model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Cost and pricing transparency");
    expect(rating?.content).toBe(1);
    expect(model.tableCell(TABLE_NAMES.criteria, "expertise", "Weight")?.content).toBe(80);
    expect(model.tableCell(TABLE_NAMES.scorecard, "bolt.io", "Notes")?.content).toBe(
      "Called them: slow to reply",
    );
    expect(model.tableCell(TABLE_NAMES.vendors, "copper.co", "Vendor")?.content).toBe("Copper (our name)");
    // Captured fields the owner left alone refresh.
    expect(model.tableCell(TABLE_NAMES.vendors, "acme.com", "Vendor")?.content).toBe("Acme Books Ltd");
    expect(model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Vendor")?.content).toBe("Acme Books Ltd");
    // The vendor that left the evaluation stays, flagged, on every per-vendor sheet.
    for (const table of [TABLE_NAMES.vendors, TABLE_NAMES.scorecard, TABLE_NAMES.costs]) {
      expect(model.tableCell(table, "echo.biz", "In evaluation")?.content, table).toBe("No");
      expect(model.tableCell(table, "acme.com", "In evaluation")?.content, table).toBe("Yes");
    }
    // The new vendor is appended after the existing rows, its page text still text.
    const rows = model.tableRows(TABLE_NAMES.scorecard);
    expect(rows.map((r) => r["Vendor ID"])).toEqual(ROWS_AFTER_NEXT_PULL);
    expect(model.tableCell(TABLE_NAMES.scorecard, "fresh.dev", "Vendor")).toMatchObject({
      content: "=Fresh Dev",
      isFormula: false,
    });
    expect(
      model.tableCell(TABLE_NAMES.scorecard, "fresh.dev", "Cost and pricing transparency")?.content,
    ).toBe(3);
    expect(model.tableCell(TABLE_NAMES.scorecard, "fresh.dev", "Score")?.content).toBe(
      '=IFERROR(VENDORSCORE(C9:E9,Scorecard!$C$1:$E$1),"")',
    );
    // The one VENDORRANK beside the table reads the Score column by structured reference, so it ranks
    // the new row too, and every row reads its rank from the spill, however long it grew.
    expect(model.sheet("VendorScout ranks").cell(1, 0).content).toBe(
      "=VENDORRANK(IF(ISNUMBER(VS_Scorecard[Score]),VS_Scorecard[Score],-1),TRUE,IF(ISNUMBER(VS_Scorecard[Score]),VS_Scorecard[Passes gates],FALSE))",
    );
    expect(model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Rank")?.content).toContain(
      "INDEX('VendorScout ranks'!$A$2#,",
    );
    expect(model.tables.get(TABLE_NAMES.scorecard)).toMatchObject({ rows: 7 });
    expect(model.sheet("Scorecard").dataBars.map((bar) => bar.address)).toEqual([
      "Scorecard!F4:F8",
      "Scorecard!F9:F9",
    ]);
    // The chart the build drew now takes in the appended row.
    expect(model.sheet("Scorecard").charts).toEqual([
      expect.objectContaining({
        name: "VS_Scorecard_Chart",
        source: "Scorecard!F4:F9",
        categories: "Scorecard!B4:B9",
      }),
    ]);
    // Vendors, Scorecard, Costs, and the new vendor's two plans on Plans.
    expect(report).toMatchObject({ mode: "update", rowsAdded: 5, rowsFlagged: 3, chunks: 0 });
    expect(report.ownerEditsKept).toBe(1); // the name typed over; owner columns are never candidates
    expect(context.syncs - syncsBefore).toBe(report.syncs);
    expect(report.syncs).toBe(4);
  });

  test("a field that became empty is cleared, and the next pull refreshes it (issue 18)", async () => {
    const fixture = scorecardFixture();
    const { context, model } = await build(fixture);
    const pricing = () => model.tableCell(TABLE_NAMES.vendors, "acme.com", "Pricing")?.content ?? "";
    expect(pricing()).toMatch(/Starter/);
    type Plans = (typeof fixture.vendors)[number]["pricing"]["plans"];
    const withPlans = (plans: Plans) =>
      planScorecard({
        ...fixture,
        vendors: fixture.vendors.map((v) => (v.id === "acme.com" ? { ...v, pricing: { plans } } : v)),
        mode: "live",
      });

    // Under Microsoft's semantics a null in `values` would leave "Starter…" in place.
    const emptied = await writeScorecard(asExcelContext(context), withPlans([]), { mode: "update" });
    expect(pricing()).toBe("");
    expect(emptied.ownerEditsKept).toBe(0);

    // The ledger recorded the cell as empty and it is: a new price list is a refresh, not an owner edit.
    const plans: Plans = [{ ...(fixture.vendors[0]?.pricing.plans[0] as Plans[number]), name: "Growth" }];
    const refilled = await writeScorecard(asExcelContext(context), withPlans(plans), {
      mode: "update",
    });
    expect(pricing()).toMatch(/Growth/);
    expect(refilled.ownerEditsKept).toBe(0);
  });

  test.each([
    ["with ExcelApi 1.13, Table.resize", true, "table.resize"],
    ["without it, TableRowCollection.add", false, "table.rows.add"],
  ])("appended rows join the table: %s", async (_, newApi, operation) => {
    const { fixture, context, model } = await builtWorkbookWithOwnerEdits();
    const checked: string[] = [];
    await writeScorecard(asExcelContext(context), nextPull(fixture), {
      mode: "update",
      isSetSupported: (set, version) => {
        checked.push(`${set} ${version}`);
        return newApi;
      },
    });
    expect(checked).toContain("ExcelApi 1.13");
    expect(context.operations).toContain(operation);
    expect(context.operations).not.toContain(newApi ? "table.rows.add" : "table.resize");
    expect(model.tableRows(TABLE_NAMES.scorecard).map((r) => r["Vendor ID"])).toEqual(ROWS_AFTER_NEXT_PULL);
    expect(model.tableCell(TABLE_NAMES.scorecard, "fresh.dev", "Vendor")?.content).toBe("=Fresh Dev");
  });

  test("a second update keeps the same edits and writes next to nothing", async () => {
    const { fixture, context, model } = await builtWorkbookWithOwnerEdits();
    await writeScorecard(asExcelContext(context), nextPull(fixture), { mode: "update" });
    const before = context.requests.length;
    const again = await writeScorecard(asExcelContext(context), nextPull(fixture), { mode: "update" });
    expect(model.tableCell(TABLE_NAMES.vendors, "copper.co", "Vendor")?.content).toBe("Copper (our name)");
    expect(model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Cost and pricing transparency")?.content).toBe(
      1,
    );
    expect(again).toMatchObject({ rowsAdded: 0, ownerEditsKept: 1 });
    const writeRequest = context.requests[context.requests.length - 1] ?? 0;
    expect(context.requests.length - before).toBe(4);
    // Only the ledger and the summary are rewritten.
    expect(writeRequest).toBeLessThan(20_000);
  });

  test("rows the owner sorted keep their ratings, and their formulas follow them", async () => {
    const { fixture, model, context } = await builtWorkbookWithOwnerEdits();
    // Sort by hand: acme.com (row 4) and bolt.io (row 5) trade places, cells and all.
    const sheet = model.sheet("Scorecard");
    for (let col = 0; col < 11; col++) {
      const a = sheet.cell(3, col);
      const b = sheet.cell(4, col);
      sheet.cells.set(`3,${col}`, b);
      sheet.cells.set(`4,${col}`, a);
    }
    await writeScorecard(asExcelContext(context), nextPull(fixture), { mode: "update" });
    expect(
      model
        .tableRows(TABLE_NAMES.scorecard)
        .map((r) => r["Vendor ID"])
        .slice(0, 2),
    ).toEqual(["bolt.io", "acme.com"]);
    expect(model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Cost and pricing transparency")?.content).toBe(
      1,
    );
    expect(model.tableCell(TABLE_NAMES.scorecard, "acme.com", "Score")?.content).toBe(
      '=IFERROR(VENDORSCORE(C5:E5,Scorecard!$C$1:$E$1),"")',
    );
    expect(model.tableCell(TABLE_NAMES.scorecard, "bolt.io", "Notes")?.content).toBe(
      "Called them: slow to reply",
    );
  });

  test("an owner value typed over a formula is kept", async () => {
    const { fixture, context, model } = await builtWorkbookWithOwnerEdits();
    context.workbook.worksheets.getItemOrNullObject("Costs").getRangeByIndexes(7, 20, 1, 1).values = [[9999]];
    await context.sync();
    await writeScorecard(asExcelContext(context), nextPull(fixture), { mode: "update" });
    expect(model.tableCell(TABLE_NAMES.costs, "acme.com", "TCO")?.content).toBe(9999);
  });

  test("an update on a workbook without a scorecard builds it", async () => {
    const context = new ExcelContextDouble();
    const report = await writeScorecard(asExcelContext(context), nextPull(scorecardFixture()), {
      mode: "update",
    });
    // Vendors, Scorecard and Costs 5 each, Criteria 3, Reviews 4 (every reviewed vendor is still evaluated),
    // Plans 7 (Acme and the new vendor, a copy of it, have 2 each), FX 2 (EUR and GBP), Gates 5.
    expect(report).toMatchObject({ syncs: 2, rowsAdded: 5 + 5 + 5 + 3 + 4 + 7 + 2 + 5 });
    expect(context.model.tables.size).toBe(8);
  });

  test("a renamed rating header stops the update with what to do", async () => {
    const { fixture, context } = await builtWorkbookWithOwnerEdits();
    const header = context.workbook.worksheets.getItemOrNullObject("Scorecard").getRangeByIndexes(2, 3, 1, 1);
    header.values = [["Quality"]];
    await context.sync();
    await expect(
      writeScorecard(asExcelContext(context), nextPull(fixture), { mode: "update" }),
    ).rejects.toThrow(/no column "Expertise and quality".*Restore the header/);
  });
});
