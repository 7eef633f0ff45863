import { describe, expect, test } from "vitest";
import {
  isBlank,
  mapPresent,
  readBounds,
  readDirections,
  readMatrix,
  readNumber,
  readNumbers,
  readNumberVector,
  readOptionalBoolean,
  readOptionalNumber,
  readPairs,
  readPresentNumbers,
  readRatings,
  readRatingVector,
  readVector,
  spill,
} from "./arguments";

describe("readVector", () => {
  test.each([
    { range: [[1, 2, 3]], cells: [1, 2, 3], orientation: "row" },
    { range: [[1], [2], [3]], cells: [1, 2, 3], orientation: "column" },
    { range: [[7]], cells: [7], orientation: "column" },
    { range: 7, cells: [7], orientation: "column" },
    { range: [1, 2], cells: [1, 2], orientation: "row" },
  ])("$range -> $cells as a $orientation", ({ range, cells, orientation }) => {
    expect(readVector(range, "the weights")).toEqual({ cells, orientation });
  });

  test("refuses a block, naming its shape", () => {
    expect(() =>
      readVector(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "the weights",
      ),
    ).toThrow(
      new RangeError(
        "The range given for the weights is a block of 3 rows by 2 columns; select a single row or column.",
      ),
    );
  });

  test.each([[[]], [[[]]]])("refuses an empty range %j", (range) => {
    expect(() => readVector(range, "the weights")).toThrow(/No cells were given for the weights/);
  });

  test("refuses ragged rows", () => {
    expect(() => readVector([[1, 2], [3]], "the weights")).toThrow(/rows of different lengths/);
  });
});

describe("readRatings", () => {
  test("keeps blanks (null and empty text) as missing ratings", () => {
    expect(readRatings([[4, null, "", 5]], "the ratings")).toEqual([4, null, null, 5]);
  });

  test.each([
    { cell: "good", shown: 'the text "good"' },
    { cell: true, shown: "TRUE" },
    { cell: false, shown: "FALSE" },
  ])("refuses $cell naming the cell", ({ cell, shown }) => {
    expect(() => readRatings([[4], [cell]], "the ratings")).toThrow(
      new RangeError(`Cell 2 of the ratings holds ${shown}; type a number instead.`),
    );
  });

  test("shortens long text in the message", () => {
    expect(() => readRatings([["x".repeat(100)]], "the ratings")).toThrow(`"${"x".repeat(40)}…"`);
  });
});

describe("readNumbers and readNumberVector", () => {
  test("reads a column of numbers with its orientation", () => {
    expect(readNumberVector([[0.5], [0.3], [0.2]], "the weights")).toEqual({
      values: [0.5, 0.3, 0.2],
      orientation: "column",
    });
    expect(readNumbers([[50, 30, 20]], "the weights")).toEqual([50, 30, 20]);
  });

  test.each([null, ""])("refuses a blank cell (%j)", (blank) => {
    expect(() => readNumbers([[1, blank]], "the weights")).toThrow(
      new RangeError("Cell 2 of the weights is empty; type a number in it."),
    );
  });
});

describe("readPresentNumbers and readBounds", () => {
  test("skip empty cells", () => {
    expect(readPresentNumbers([[400], [""], [null], [1200]], "the range")).toEqual([400, 1200]);
    expect(readBounds([[650], [""], [1200], [400]], "the range")).toEqual({ min: 400, max: 1200 });
  });

  test("refuse an all-blank range", () => {
    expect(() => readBounds([[""], [null]], "the range")).toThrow(
      new RangeError("Every cell of the range is empty; select the cells that hold the figures."),
    );
  });

  test("refuse text", () => {
    expect(() => readBounds([[1], ["n/a"]], "the range")).toThrow('Cell 2 of the range holds the text "n/a"');
  });

  test("handle a column longer than the call stack allows for spreading", () => {
    const column = Array.from({ length: 200_000 }, (_, i) => [i]);
    expect(readBounds(column, "the range")).toEqual({ min: 0, max: 199_999 });
  });
});

describe("readPairs", () => {
  test("drops pairs with both cells empty", () => {
    expect(readPairs([[4.2, "", 4.6]], [[120, null, 30]], "the ratings", "the review counts")).toEqual([
      [4.2, 4.6],
      [120, 30],
    ]);
  });

  test("refuses a pair with one cell empty", () => {
    expect(() => readPairs([[4.2, ""]], [[120, 30]], "the ratings", "the review counts")).toThrow(
      new RangeError(
        "Cell 2 of the ratings is empty but cell 2 of the review counts is not; fill in both or clear both.",
      ),
    );
  });

  test("refuses vectors of different lengths", () => {
    expect(() => readPairs([[4.2, 4.6]], [[120]], "the ratings", "the review counts")).toThrow(
      new RangeError(
        "There are 2 cells in the ratings but 1 in the review counts; select ranges of the same size.",
      ),
    );
  });
});

describe("readMatrix", () => {
  test("reads a block", () => {
    expect(
      readMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        "the matrix",
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test.each([
    { cell: "", problem: "is empty; type a number in it." },
    { cell: null, problem: "is empty; type a number in it." },
    { cell: "x", problem: 'holds the text "x"; type a number instead.' },
    { cell: true, problem: "holds TRUE; type a number instead." },
  ])("refuses $cell, naming row and column", ({ cell, problem }) => {
    expect(() =>
      readMatrix(
        [
          [1, 2],
          [3, cell],
        ],
        "the matrix",
      ),
    ).toThrow(new RangeError(`Row 2, column 2 of the matrix ${problem}`));
  });
});

describe("scalars", () => {
  test("readNumber takes a number or a 1x1 range", () => {
    expect(readNumber(12, "the months")).toBe(12);
    expect(readNumber([[12]], "the months")).toBe(12);
  });

  test.each([
    { value: null, message: "The months is empty; type a number." },
    { value: "", message: "The months is empty; type a number." },
    { value: "12", message: 'The months is the text "12"; type a number instead.' },
    { value: true, message: "The months is TRUE; type a number instead." },
    { value: [[1, 2]], message: "The months is a range of 2 cells; give a single value." },
  ])("readNumber refuses $value", ({ value, message }) => {
    expect(() => readNumber(value, "the months")).toThrow(new RangeError(message));
  });

  test("readOptionalNumber gives undefined when omitted or empty", () => {
    expect(readOptionalNumber(undefined, "the setup fee")).toBeUndefined();
    expect(readOptionalNumber(null, "the setup fee")).toBeUndefined();
    expect(readOptionalNumber("", "the setup fee")).toBeUndefined();
    expect(readOptionalNumber(500, "the setup fee")).toBe(500);
    expect(() => readOptionalNumber("500", "the setup fee")).toThrow(/type a number instead/);
  });

  test("readOptionalBoolean takes TRUE/FALSE only, refusing 0 and 1", () => {
    expect(readOptionalBoolean(null, "The descending argument")).toBeUndefined();
    expect(readOptionalBoolean(false, "The descending argument")).toBe(false);
    expect(() => readOptionalBoolean(0, "The descending argument")).toThrow(
      new RangeError("The descending argument is 0; type TRUE or FALSE instead."),
    );
  });

  test.each([null, undefined, ""])("isBlank(%j)", (value) => {
    expect(isBlank(value)).toBe(true);
  });

  test.each([0, false, " ", []])("not isBlank(%j)", (value) => {
    expect(isBlank(value)).toBe(false);
  });
});

describe("readDirections", () => {
  test("accepts words, signs and booleans", () => {
    expect(readDirections([["cost", " Benefit ", -1, 1, true, false]], "the directions")).toEqual([
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  test.each([
    { cell: "", shown: "empty" },
    { cell: 0, shown: "0" },
    { cell: "cheap", shown: 'the text "cheap"' },
  ])("refuses $cell", ({ cell, shown }) => {
    expect(() => readDirections([[cell]], "the directions")).toThrow(
      `Cell 1 of the directions is ${shown}; type "benefit"`,
    );
  });
});

describe("readRatingVector and mapPresent", () => {
  test("keep blanks in place", () => {
    const { values, orientation } = readRatingVector([[90], [""], [80]], "the scores");
    expect(orientation).toBe("column");
    expect(mapPresent(values, (present) => present.map((x) => x / 10))).toEqual([9, "", 8]);
  });

  test("hand compute only the present values, in order", () => {
    const seen: number[][] = [];
    mapPresent([null, 3, null, 1], (present) => {
      seen.push(present);
      return present;
    });
    expect(seen).toEqual([[3, 1]]);
  });
});

describe("spill", () => {
  test("keeps the orientation", () => {
    expect(spill([1, 2], "row")).toEqual([[1, 2]]);
    expect(spill([1, 2], "column")).toEqual([[1], [2]]);
  });
});
