import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { totalCostOfOwnership } from "../../shared/cost/index";
import { ahpWeights, rankScores, topsis, weightedScore, weightSensitivity } from "../../shared/scoring/index";
import { customFunctionsStub } from "../support/office/custom-functions-double";
import { createVendorHyperFormula } from "./hyperformula-vendor-plugin";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", customFunctionsStub);
  return () => vi.unstubAllGlobals();
});

/** A small seeded generator (mulberry32), so the scorecard is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VENDORS = 50;
const CRITERIA = 9;
const random = seeded(20261122);
const weights = Array.from({ length: CRITERIA }, () => 1 + Math.floor(random() * 10));
const ratings = Array.from({ length: VENDORS }, () =>
  Array.from({ length: CRITERIA }, () => 1 + Math.floor(random() * 5)),
);

/**
 * Row 1: weights in B1:J1. Rows 2-51: ratings in B:J, then
 * K = VENDORSCORE, L = VENDORRANK (one formula in L2 that spills to L51),
 * M = the advisor-safe native score, N = the native rank of K.
 */
function scorecard(): RawCellContent[][] {
  const sheet: RawCellContent[][] = [["Weights", ...weights]];
  ratings.forEach((row, i) => {
    const r = i + 2;
    sheet.push([
      `Vendor ${i + 1}`,
      ...row,
      `=VENDORSCORE(B${r}:J${r},$B$1:$J$1)`,
      r === 2 ? `=VENDORRANK(K2:K${VENDORS + 1})` : null,
      `=SUMPRODUCT(B${r}:J${r},$B$1:$J$1)/SUM($B$1:$J$1)/5*100`,
      // RANK.EQ(K2,K$2:K$51) in Excel. HyperFormula has no RANK.EQ, so its definition, 1 + the number of
      // scores strictly above, as the advisor-safe workbook writes it (COUNTIF(">"&K2) would compare
      // against K2 rounded to 15 digits of text).
      `=SUMPRODUCT(ISNUMBER(K$2:K$${VENDORS + 1})*(K$2:K$${VENDORS + 1}>K${r}))+1`,
    ]);
  });
  return sheet;
}

function column(hf: HyperFormula, sheet: number, col: number, fromRow: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => hf.getCellValue({ sheet, row: fromRow + i, col }));
}

describe("a 50-vendor x 9-criterion scorecard", () => {
  const hf = createVendorHyperFormula({ Scorecard: scorecard() });
  const sheet = hf.getSheetId("Scorecard") as number;
  const scores = () => column(hf, sheet, 10, 1, VENDORS);

  test("=VENDORSCORE per row is exactly shared/scoring's weightedScore", () => {
    expect(scores()).toEqual(ratings.map((row) => weightedScore(row, weights)));
  });

  test("=VENDORRANK(K2:K51) spills the 50 ranks rankScores gives", () => {
    const expected = rankScores(ratings.map((row) => weightedScore(row, weights)));
    expect(column(hf, sheet, 11, 1, VENDORS)).toEqual(expected);
    expect(hf.getCellValue({ sheet, row: VENDORS + 1, col: 11 })).toBeNull();
    // The data has ties, so the RANK.EQ tie rule is exercised.
    expect(new Set(expected).size).toBeLessThan(VENDORS);
  });

  test("the native SUMPRODUCT score and rank (RANK.EQ's definition, by SUMPRODUCT) give the same numbers", () => {
    const native = column(hf, sheet, 12, 1, VENDORS);
    // Exactly equal, not merely close: both divide the same sums in the same order.
    expect(native).toEqual(scores());
    expect(column(hf, sheet, 13, 1, VENDORS)).toEqual(column(hf, sheet, 11, 1, VENDORS));
  });

  test("a vendor with no score yet gets no rank and does not stop the others being ranked", () => {
    const hf2 = createVendorHyperFormula({
      S: [
        ["=VENDORRANK(B1:B4)", 70],
        [null, ""],
        [null, 90],
        [null, '=IFERROR(VENDORSCORE(C4:D4,C1:D1),"")'],
      ],
    });
    expect(column(hf2, 0, 0, 0, 4)).toEqual([2, "", 1, ""]);
  });

  test("a blank rating drops out instead of counting as 0", () => {
    hf.setCellContents({ sheet, row: 1, col: 1 }, null);
    expect(hf.getCellValue({ sheet, row: 1, col: 10 })).toBe(
      weightedScore([null, ...ratings[0]!.slice(1)], weights),
    );
    hf.setCellContents({ sheet, row: 1, col: 1 }, ratings[0]![0]!);
  });
});

describe("the other functions through HyperFormula", () => {
  function evaluate(rows: RawCellContent[][]): HyperFormula {
    return createVendorHyperFormula({ Sheet1: rows });
  }
  const at = (hf: HyperFormula, row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });

  test("=VENDORTCO matches a native formula for a simple contract", () => {
    const hf = evaluate([
      [500, 24, 1000, 2000, 10],
      ["=VENDORTCO(A1,B1,C1,D1,E1)", "=A1*B1*(1+E1/100)+C1+D1", "=VENDORTCO(A1,B1)", "=A1*B1"],
    ]);
    expect(at(hf, 1, 0)).toBeCloseTo(at(hf, 1, 1) as number, 9);
    expect(at(hf, 1, 0)).toBe(
      totalCostOfOwnership({
        monthlyFee: 500,
        months: 24,
        setupFee: 1000,
        transitionCost: 2000,
        overheadPct: 10,
      }),
    );
    expect(at(hf, 1, 2)).toBe(at(hf, 1, 3));
  });

  test("=VENDORSAVINGS and =VENDORREPUTATION", () => {
    const hf = evaluate([
      [4.2, 120, "=VENDORSAVINGS(30000,40000)"],
      [null, null, "=VENDORREPUTATION(A1:A3,B1:B3)"],
      [4.6, 30],
    ]);
    expect(at(hf, 0, 2)).toBe(0.25);
    expect(at(hf, 1, 2)).toBeCloseTo(4.23125, 12);
  });

  test("=VENDORNORMALIZE rates a price and leaves a missing one empty", () => {
    const hf = evaluate([
      [400, "=VENDORNORMALIZE(A1,$A$1:$A$4,TRUE)"],
      [1200, "=VENDORNORMALIZE(A2,$A$1:$A$4,TRUE)"],
      [null, "=VENDORNORMALIZE(A3,$A$1:$A$4,TRUE)"],
      [600, "=VENDORNORMALIZE(A4,$A$1:$A$4,TRUE)"],
    ]);
    expect(column(hf, 0, 1, 0, 4)).toEqual([5, 1, "", 4]);
  });

  test("=VENDORTOPSIS spills one closeness per vendor down a column", () => {
    const matrix = [
      [250, 16, 12, 5],
      [200, 16, 8, 3],
      [300, 32, 16, 4],
    ];
    const hf = evaluate([
      ...matrix,
      [1, 1, 1, 1],
      ["cost", "benefit", "benefit", "benefit"],
      ["=VENDORTOPSIS(A1:D3,A4:D4,A5:D5)"],
    ]);
    expect(column(hf, 0, 0, 5, 3)).toEqual(topsis(matrix, [1, 1, 1, 1], [false, true, true, true]));
  });

  test("=VENDORAHP spills n weights then the consistency ratio", () => {
    const pairwise = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ];
    const hf = evaluate([...pairwise, ["=VENDORAHP(A1:C3)"]]);
    const { weights: w, consistencyRatio } = ahpWeights(pairwise);
    expect(column(hf, 0, 0, 3, 4)).toEqual([...w, consistencyRatio]);
  });

  test('=VENDORSENSITIVITY spills along the weights, "none" where the winner cannot change', () => {
    const hf = evaluate([
      [5, 4, 5, 5],
      [3, 5, 3, 4],
      [3, 1, 1, 1],
      ["=VENDORSENSITIVITY(A1:B2,A3:B3)", null, "=VENDORSENSITIVITY(C1:D2,C3:D3)"],
    ]);
    expect([at(hf, 3, 0), at(hf, 3, 1)]).toEqual(
      weightSensitivity(
        [
          [5, 4],
          [3, 5],
        ],
        [3, 1],
      ),
    );
    expect([at(hf, 3, 2), at(hf, 3, 3)]).toEqual(["none", "none"]);
  });

  test("bad input gives #VALUE! with the wrapper's message", () => {
    const hf = evaluate([
      [4, 3, 5],
      [1, 1],
      ["=VENDORSCORE(A1:C1,A2:B2)", "=VENDORRANK(A1:C2)", '=VENDORTCO("a lot",12)'],
    ]);
    const errors = [at(hf, 2, 0), at(hf, 2, 1), at(hf, 2, 2)];
    for (const error of errors) {
      expect(error).toBeInstanceOf(DetailedCellError);
      expect((error as DetailedCellError).type).toBe("VALUE");
    }
    expect((errors[0] as DetailedCellError).message).toBe(
      "There are 3 ratings but 2 weights; give exactly one weight per criterion.",
    );
    expect((errors[1] as DetailedCellError).message).toContain("block of 2 rows by 3 columns");
    expect((errors[2] as DetailedCellError).message).toContain('The monthly fee is the text "a lot"');
  });

  test("an error in a referenced cell propagates, as in Excel", () => {
    const hf = evaluate([[4, "=1/0", 5], [1, 1, 1], ["=VENDORSCORE(A1:C1,A2:C2)"]]);
    expect((at(hf, 2, 0) as DetailedCellError).type).toBe("DIV_BY_ZERO");
  });
});
