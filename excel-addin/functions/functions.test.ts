import { beforeEach, describe, expect, test, vi } from "vitest";
import { totalCostOfOwnership } from "../../shared/cost/index";
import { ahpWeights, bayesianRating, rankScores, topsis, weightedScore } from "../../shared/scoring/index";
import { customFunctionsStub, isStubError } from "../../tests/support/office/custom-functions-double";
import {
  NO_WEIGHT_CHANGES_WINNER,
  vendorAhp,
  vendorNormalize,
  vendorOverlap,
  vendorRank,
  vendorReputation,
  vendorSavings,
  vendorScore,
  vendorSensitivity,
  vendorTco,
  vendorTopsis,
} from "./functions";

// The wrappers reach for Excel's CustomFunctions global only to report an error.
beforeEach(() => {
  vi.stubGlobal("CustomFunctions", customFunctionsStub);
  return () => vi.unstubAllGlobals();
});

/** Runs a wrapper that must fail and returns the message of the #VALUE! error it threw. */
function valueError(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (!isStubError(error)) throw error;
    expect(error.code).toBe("#VALUE!");
    return error.message ?? "";
  }
  throw new Error("expected a #VALUE! error, but the function returned");
}

const row = (...cells: unknown[]): unknown[][] => [cells];
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

describe("VENDORSCORE", () => {
  test.each([
    { ratings: row(4, 3, 5), weights: row(0.5, 0.3, 0.2), scaleMax: undefined, expected: 78 },
    { ratings: column(4, 3, 5), weights: row(50, 30, 20), scaleMax: null, expected: 78 },
    { ratings: row(8, 10), weights: column(1, 1), scaleMax: 10, expected: 90 },
    { ratings: row(4, "", 5), weights: row(0.5, 0.3, 0.2), scaleMax: undefined, expected: 85.71428571428571 },
    { ratings: row(4, null, 5), weights: row(0.5, 0.3, 0.2), scaleMax: "", expected: 85.71428571428571 },
  ])("$ratings weighted $weights -> $expected", ({ ratings, weights, scaleMax, expected }) => {
    expect(vendorScore(ratings, weights, scaleMax)).toBeCloseTo(expected, 12);
  });

  test("passes the shared function's result through unchanged", () => {
    const ratings = [3, 1, 4, 1, 5, 9, 2, 6, 5].map((r) => Math.min(r, 5));
    const weights = [2, 7, 1, 8, 2, 8, 1, 8, 2];
    expect(vendorScore([ratings], [weights])).toBe(weightedScore(ratings, weights));
  });

  test.each([
    {
      name: "text in the ratings",
      ratings: row(4, "good"),
      weights: row(1, 1),
      message: 'Cell 2 of the ratings holds the text "good"',
    },
    {
      name: "a boolean in the ratings",
      ratings: row(true, 4),
      weights: row(1, 1),
      message: "Cell 1 of the ratings holds TRUE",
    },
    {
      name: "text in the weights",
      ratings: row(4, 3),
      weights: row(1, "x"),
      message: 'Cell 2 of the weights holds the text "x"',
    },
    {
      name: "a blank weight",
      ratings: row(4, 3),
      weights: row(1, ""),
      message: "Cell 2 of the weights is empty",
    },
    {
      name: "every rating blank",
      ratings: row("", null),
      weights: row(1, 1),
      message: "Every rating is missing",
    },
    {
      name: "mismatched sizes",
      ratings: row(4, 3, 5),
      weights: row(1, 1),
      message: "There are 3 ratings but 2 weights",
    },
    {
      name: "a 2-D block of ratings",
      ratings: [
        [4, 3],
        [5, 2],
      ],
      weights: row(1, 1, 1, 1),
      message: "The range given for the ratings is a block of 2 rows by 2 columns",
    },
    { name: "a negative weight", ratings: row(4, 3), weights: row(1, -1), message: "Weight 2 is -1" },
    {
      name: "a rating above the scale",
      ratings: row(4, 6),
      weights: row(1, 1),
      message: "Rating 2 is 6; ratings must lie between 0 and 5",
    },
    { name: "a negative rating", ratings: row(-1, 3), weights: row(1, 1), message: "Rating 1 is -1" },
    {
      name: "text as the scale maximum",
      ratings: row(4),
      weights: row(1),
      scaleMax: "five",
      message: 'The rating scale maximum is the text "five"',
    },
  ])("$name -> #VALUE! naming the problem", ({ ratings, weights, scaleMax, message }) => {
    expect(valueError(() => vendorScore(ratings, weights, scaleMax))).toContain(message);
  });
});

describe("VENDORRANK", () => {
  test("spills a column for a column, ties sharing a rank", () => {
    expect(vendorRank(column(90, 80, 80, 70))).toEqual(column(1, 2, 2, 4));
  });

  test("spills a row for a row; FALSE ranks the lowest first", () => {
    expect(vendorRank(row(1200, 900, 1500), false)).toEqual(row(2, 1, 3));
    expect(vendorRank(row(1200, 900, 1500), true)).toEqual(row(...rankScores([1200, 900, 1500])));
  });

  test("leaves an empty score out of the ranking and gives it an empty rank", () => {
    expect(vendorRank(column(90, "", 80, null, 95))).toEqual(column(2, "", 3, "", 1));
    expect(vendorRank(row("", ""))).toEqual(row("", ""));
  });

  test.each([
    {
      name: "text in the scores",
      scores: column(90, "n/a"),
      descending: undefined,
      message: 'holds the text "n/a"',
    },
    {
      name: "a 2-D block",
      scores: [
        [1, 2],
        [3, 4],
      ],
      descending: undefined,
      message: "block of 2 rows by 2 columns",
    },
    {
      name: "0 for descending (RANK.EQ's order)",
      scores: column(1, 2),
      descending: 0,
      message: "The descending argument is 0; type TRUE or FALSE",
    },
  ])("$name -> #VALUE!", ({ scores, descending, message }) => {
    expect(valueError(() => vendorRank(scores, descending))).toContain(message);
  });
});

describe("VENDORRANK with pass/fail from the gates", () => {
  test("ranks every failing vendor after every passing one", () => {
    // 90 fails a gate: 80 and 70 rank 1 and 2, the 90 ranks 3.
    expect(vendorRank(column(90, 80, 70), true, column(false, true, true))).toEqual(column(3, 1, 2));
  });

  test("an empty score keeps an empty rank whatever its pass/fail, and counts for nobody", () => {
    // Present: 90 (fails), 80 (passes): 80 is 1, 90 is 2; the unscored rows stay empty.
    expect(vendorRank(column(90, "", 80, ""), true, column(false, true, true, ""))).toEqual(
      column(2, "", 1, ""),
    );
  });

  test("an omitted third argument ranks as before", () => {
    expect(vendorRank(column(90, 80), true, null as unknown as unknown[][])).toEqual(column(1, 2));
  });

  test.each([
    { name: "another length", passes: column(true), message: "2 scores but 1 cells in the passes" },
    { name: "text", passes: column("yes", true), message: 'Cell 1 of the passes is the text "yes"' },
    {
      name: "a number",
      passes: column(1, true),
      message: "Cell 1 of the passes is 1; it must be TRUE or FALSE",
    },
    { name: "empty beside a score", passes: column("", true), message: "Cell 1 of the passes is empty" },
  ])("$name -> #VALUE!", ({ passes, message }) => {
    expect(valueError(() => vendorRank(column(90, 80), true, passes))).toContain(message);
  });
});

describe("VENDOROVERLAP", () => {
  test("London and New York on 2026-01-14: 3 hours; on 2026-03-10, when only the US has changed: 4", () => {
    expect(vendorOverlap("Europe/London", "America/New_York", null, null, "2026-01-14")).toBe(3);
    expect(vendorOverlap("Europe/London", "America/New_York", "", "", "2026-03-10")).toBe(4);
  });

  test("reads an Excel date serial: 46036 is 2026-01-14", () => {
    // Serial 1 is 1900-01-01 in Excel's calendar; from 1899-12-30, 46036 days is 2026-01-14.
    expect(vendorOverlap("Europe/London", "America/New_York", null, null, 46036)).toBe(3);
  });

  test("takes working hours, including a shift across midnight", () => {
    expect(vendorOverlap("Europe/London", "Asia/Manila", "09:00-17:00", "16:00-01:00", "2026-01-14")).toBe(8);
  });

  test("without a date it compares today, a number of hours from 0 to 24", () => {
    const hours = vendorOverlap("Europe/London", "Europe/Paris");
    expect(hours).toBe(7);
  });

  test.each([
    { args: ["London", "America/New_York"], message: 'time zone "London" is not a time zone' },
    { args: ["", "America/New_York"], message: "Your time zone is empty" },
    { args: ["Europe/London", 5], message: "The vendor's time zone is 5; type it as text" },
    {
      args: ["Europe/London", "America/New_York", "9 to 5"],
      message: '"9 to 5" are not written HH:MM-HH:MM',
    },
    { args: ["Europe/London", "America/New_York", null, null, "14/01/2026"], message: "YYYY-MM-DD" },
  ])("$args -> #VALUE! with a message", ({ args, message }) => {
    expect(valueError(() => Reflect.apply(vendorOverlap, undefined, args))).toContain(message);
  });
});

describe("VENDORTCO and VENDORSAVINGS", () => {
  test("price a contract as shared/cost does", () => {
    expect(vendorTco(500, 24, 1000)).toBe(13000);
    expect(vendorTco(100, 24, null, null, null, 3)).toBeCloseTo(2436, 9);
    expect(vendorTco(100, 12, "", "", "", "", 10)).toBe(
      totalCostOfOwnership({ monthlyFee: 100, months: 12, discountRatePct: 10 }),
    );
    expect(vendorTco(400, 36, 800, 1500, 10, 4, 6)).toBe(
      totalCostOfOwnership({
        monthlyFee: 400,
        months: 36,
        setupFee: 800,
        transitionCost: 1500,
        overheadPct: 10,
        annualIncreasePct: 4,
        discountRatePct: 6,
      }),
    );
    expect(vendorSavings(30_000, 40_000)).toBe(0.25);
  });

  test.each([
    { name: "a blank monthly fee", call: () => vendorTco("", 12), message: "The monthly fee is empty" },
    {
      name: "text months",
      call: () => vendorTco(100, "twelve"),
      message: 'The number of months is the text "twelve"',
    },
    { name: "a fractional term", call: () => vendorTco(100, 1.5), message: "The term is 1.5 months" },
    { name: "a negative setup fee", call: () => vendorTco(100, 12, -5), message: "The setup fee" },
    {
      name: "a range as the fee",
      call: () => vendorTco(row(100, 200), 12),
      message: "The monthly fee is a range of 2 cells",
    },
    { name: "zero in-house cost", call: () => vendorSavings(100, 0), message: "The in-house cost is 0" },
    {
      name: "text vendor cost",
      call: () => vendorSavings("cheap", 100),
      message: 'The vendor cost is the text "cheap"',
    },
  ])("$name -> #VALUE!", ({ call, message }) => {
    expect(valueError(call)).toContain(message);
  });
});

describe("VENDORREPUTATION", () => {
  test("shrinks towards the prior as shared/scoring does, leaving out sources with both cells blank", () => {
    expect(vendorReputation(row(5), row(2))).toBeCloseTo(3.75, 12);
    expect(vendorReputation(column(4.2, "", 4.6), column(120, "", 30))).toBe(
      bayesianRating([4.2, 4.6], [120, 30]),
    );
    expect(vendorReputation(row(8), row(10), 10, 5, 10)).toBe(bayesianRating([8], [10], 10, 5, 10));
  });

  test.each([
    {
      name: "mismatched sizes",
      ratings: row(4.2, 4.6),
      counts: row(120),
      message: "There are 2 cells in the ratings but 1 in the review counts",
    },
    {
      name: "a rating without a count",
      ratings: row(4.2, 4.6),
      counts: row(120, ""),
      message: "Cell 2 of the review counts is empty but cell 2 of the ratings is not",
    },
    { name: "a rating above the scale", ratings: row(6), counts: row(10), message: "Rating 1 is 6" },
    { name: "a negative count", ratings: row(4), counts: row(-3), message: "Review count 1 is -3" },
    {
      name: "text in the counts",
      ratings: row(4),
      counts: row("many"),
      message: 'Cell 1 of the review counts holds the text "many"',
    },
  ])("$name -> #VALUE!", ({ ratings, counts, message }) => {
    expect(valueError(() => vendorReputation(ratings, counts))).toContain(message);
  });
});

describe("VENDORNORMALIZE", () => {
  test("places a figure between the lowest and highest of the range, skipping blanks", () => {
    expect(vendorNormalize(75, column(50, "", 100))).toBe(3);
    expect(vendorNormalize(400, column(400, 1200, 650), true)).toBe(5);
    expect(vendorNormalize(1200, column(400, 1200, 650), true)).toBe(1);
  });

  test("gives an empty result for an empty value, so VENDORSCORE sees a missing rating", () => {
    expect(vendorNormalize("", column(400, 1200))).toBe("");
    expect(vendorNormalize(null, column(400, 1200))).toBe("");
  });

  test.each([
    {
      name: "all blank range",
      value: 5,
      range: column("", null),
      lower: undefined,
      message: "Every cell of the range is empty",
    },
    {
      name: "every figure equal",
      value: 5,
      range: column(5, 5),
      lower: undefined,
      message: "nothing to tell the vendors apart",
    },
    {
      name: "text value",
      value: "cheap",
      range: column(1, 2),
      lower: undefined,
      message: 'The value is the text "cheap"',
    },
    {
      name: "a 2-D range",
      value: 1,
      range: [
        [1, 2],
        [3, 4],
      ],
      lower: undefined,
      message: "block of 2 rows by 2 columns",
    },
    {
      name: "a number for lowerIsBetter",
      value: 1,
      range: column(1, 2),
      lower: 1,
      message: "The lowerIsBetter argument is 1",
    },
  ])("$name -> #VALUE!", ({ value, range, lower, message }) => {
    expect(valueError(() => vendorNormalize(value, range, lower))).toContain(message);
  });
});

describe("VENDORTOPSIS", () => {
  const matrix = [
    [250, 16, 12, 5],
    [200, 16, 8, 3],
    [300, 32, 16, 4],
    [275, 32, 8, 4],
    [225, 16, 16, 2],
  ];
  const weights = [0.25, 0.25, 0.25, 0.25];
  const expected = topsis(matrix, weights, [false, true, true, true]).map((c) => [c]);

  test.each([
    ["words", row("cost", "benefit", "benefit", "benefit")],
    ["signs", column(-1, 1, 1, 1)],
    ["booleans", row(false, true, true, true)],
  ])("spills closeness per vendor with directions as %s", (_, directions) => {
    expect(vendorTopsis(matrix, [weights], directions)).toEqual(expected);
  });

  test("treats every criterion as a benefit when directions are omitted", () => {
    expect(
      vendorTopsis(
        [
          [1, 0],
          [0, 1],
        ],
        row(3, 1),
      ),
    ).toEqual([[0.75], [0.25]]);
    // Excel passes null for an omitted optional argument, which the TypeScript signature does not admit.
    const omitted: unknown[] = [
      [
        [1, 0],
        [0, 1],
      ],
      row(3, 1),
      null,
    ];
    expect(Reflect.apply(vendorTopsis, undefined, omitted)).toEqual([[0.75], [0.25]]);
  });

  test.each([
    {
      name: "a blank in the matrix",
      m: [
        [1, ""],
        [0, 1],
      ],
      w: row(1, 1),
      d: undefined,
      message: "Row 1, column 2 of the matrix is empty",
    },
    {
      name: "text in the matrix",
      m: [
        [1, 0],
        ["x", 1],
      ],
      w: row(1, 1),
      d: undefined,
      message: 'Row 2, column 1 of the matrix holds the text "x"',
    },
    {
      name: "weights not matching the columns",
      m: [
        [1, 0],
        [0, 1],
      ],
      w: row(1, 1, 1),
      d: undefined,
      message: "Vendor 1 has 2 values but there are 3 criteria",
    },
    {
      name: "too few directions",
      m: [
        [1, 0],
        [0, 1],
      ],
      w: row(1, 1),
      d: row("cost"),
      message: "There are 2 weights but 1 directions",
    },
    {
      name: "a 2-D block of weights",
      m: [
        [1, 0],
        [0, 1],
      ],
      w: [
        [1, 1],
        [1, 1],
      ],
      d: undefined,
      message: "The range given for the weights is a block",
    },
    {
      name: "an unknown direction",
      m: [
        [1, 0],
        [0, 1],
      ],
      w: row(1, 1),
      d: row("cost", "cheap"),
      message: 'Cell 2 of the directions is the text "cheap"',
    },
    {
      name: "a negative weight",
      m: [
        [1, 0],
        [0, 1],
      ],
      w: row(1, -1),
      d: undefined,
      message: "Weight 2 is -1",
    },
  ])("$name -> #VALUE!", ({ m, w, d, message }) => {
    expect(valueError(() => vendorTopsis(m, w, d))).toContain(message);
  });
});

describe("VENDORAHP", () => {
  test("spills the weights then the consistency ratio as one column of n + 1 cells", () => {
    const pairwise = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const { weights, consistencyRatio } = ahpWeights(pairwise);
    expect(vendorAhp(pairwise)).toEqual([...weights, consistencyRatio].map((x) => [x]));
    expect(
      vendorAhp([
        [1, 2, 4],
        [0.5, 1, 2],
        [0.25, 0.5, 1],
      ]).map(([x]) => x),
    ).toEqual([
      expect.closeTo(4 / 7, 12),
      expect.closeTo(2 / 7, 12),
      expect.closeTo(1 / 7, 12),
      expect.closeTo(0, 12),
    ]);
  });

  test.each([
    {
      name: "a non-square matrix",
      pairwise: [
        [1, 2, 3],
        [0.5, 1, 2],
      ],
      message: "Row 1 of the pairwise matrix has 3 entries but there are 2 rows; the matrix must be square",
    },
    {
      name: "a non-reciprocal pair",
      pairwise: [
        [1, 2],
        [2, 1],
      ],
      message: "not reciprocal",
    },
    {
      name: "a zero judgement",
      pairwise: [
        [1, 0],
        [0, 1],
      ],
      message: "Entry (1, 2) of the pairwise matrix is 0",
    },
    {
      name: "a blank judgement",
      pairwise: [
        [1, ""],
        [1, 1],
      ],
      message: "Row 1, column 2 of the pairwise matrix is empty",
    },
    {
      name: "text in a judgement",
      pairwise: [
        [1, "2"],
        [0.5, 1],
      ],
      message: 'Row 1, column 2 of the pairwise matrix holds the text "2"',
    },
  ])("$name -> #VALUE!", ({ pairwise, message }) => {
    expect(valueError(() => vendorAhp(pairwise))).toContain(message);
  });
});

describe("VENDORSENSITIVITY", () => {
  test("spills the smallest winner-changing weight change per criterion, like the weights", () => {
    expect(
      vendorSensitivity(
        [
          [5, 4],
          [3, 5],
        ],
        row(3, 1),
      ),
    ).toEqual([[2.5, 5]]);
    expect(
      vendorSensitivity(
        [
          [5, 4],
          [3, 5],
        ],
        column(3, 1),
      ),
    ).toEqual([[2.5], [5]]);
  });

  test(`shows "${NO_WEIGHT_CHANGES_WINNER}" where no change of that weight alone changes the winner`, () => {
    expect(
      vendorSensitivity(
        [
          [5, 5],
          [3, 4],
        ],
        row(1, 1),
      ),
    ).toEqual([[NO_WEIGHT_CHANGES_WINNER, NO_WEIGHT_CHANGES_WINNER]]);
  });

  test.each([
    {
      name: "mismatched sizes",
      m: [
        [5, 4, 3],
        [3, 5, 1],
      ],
      w: row(3, 1),
      message: "Vendor 1 has 3 values but there are 2 criteria",
    },
    {
      name: "text in the weights",
      m: [
        [5, 4],
        [3, 5],
      ],
      w: row(3, "high"),
      message: 'Cell 2 of the weights holds the text "high"',
    },
    {
      name: "all-zero weights",
      m: [
        [5, 4],
        [3, 5],
      ],
      w: row(0, 0),
      message: "Every criterion has weight zero",
    },
  ])("$name -> #VALUE!", ({ m, w, message }) => {
    expect(valueError(() => vendorSensitivity(m, w))).toContain(message);
  });
});

test("an unexpected error (a bug, not bad input) is passed on, not dressed up as #VALUE!", async () => {
  vi.resetModules();
  vi.doMock("../../shared/cost/index", () => ({
    savings: () => {
      throw new TypeError("boom");
    },
    totalCostOfOwnership: () => 0,
  }));
  const { vendorSavings: mocked } = await import("./functions");
  expect(() => mocked(1, 2)).toThrow(TypeError);
  vi.doUnmock("../../shared/cost/index");
});

describe("a cell holding an Excel data type (issue 18)", () => {
  // The shape of Excel.LinkedEntityCellValue, as a Stocks cell arrives where data types are on.
  // https://learn.microsoft.com/javascript/api/excel/excel.linkedentitycellvalue
  const stock = {
    type: "LinkedEntity",
    text: "Microsoft Corporation",
    basicType: "Error",
    basicValue: "#VALUE!",
    id: { domainId: "Stocks", entityId: "msft", serviceId: 268435456, culture: "en-US" },
  };

  test.each([
    ["VENDORSCORE ratings", () => vendorScore([[4, stock, 5]], [[30, 50, 20]])],
    ["VENDORSCORE weights", () => vendorScore([[4, 3, 5]], [[30, stock, 20]])],
    ["VENDORRANK scores", () => vendorRank([[80], [stock]])],
  ])("%s -> #VALUE! naming the linked data type", (_, call) => {
    const message = valueError(call);
    expect(message).toMatch(/linked data type "Microsoft Corporation"/);
    expect(message).toMatch(/field/);
  });

  test("an entity an add-in made is named too", () => {
    expect(
      valueError(() => vendorScore([[{ type: "Entity", text: "Acme", properties: {} }]], [[1]])),
    ).toMatch(/data type "Acme"/);
  });
});
