import { describe, expect, test } from "vitest";
import { type Placements, resolveFormula } from "./resolve-formula";
import { columnLetter, sheetPrefix } from "./scorecard-plan";

const placements: Placements = new Map([
  [
    "T",
    {
      sheet: "Scorecard",
      firstBodyRow: 3,
      bodyRowCount: 10,
      columnIndex: new Map([
        ["a", 1],
        ["b", 27],
      ]),
      rowOfKey: new Map([["k", 5]]),
    },
  ],
  [
    "X",
    {
      sheet: "Scorecard",
      firstBodyRow: 3,
      bodyRowCount: 10,
      columnIndex: new Map([
        ["score", 5],
        ["odd", 6],
      ]),
      rowOfKey: new Map(),
      structured: {
        name: "VS_Scorecard",
        headers: new Map([
          ["score", "Score"],
          ["odd", "Rank [#1] 'x'"],
        ]),
      },
    },
  ],
  [
    "W",
    {
      sheet: "My sheet",
      firstBodyRow: 0,
      bodyRowCount: 0,
      columnIndex: new Map([
        ["x", 2],
        ["y", 4],
      ]),
      rowOfKey: new Map([["weights", 0]]),
    },
  ],
]);

describe("resolveFormula", () => {
  test.each([
    ["={c|a}{r}*2", "=B8*2"],
    // "$" before a placeholder makes the reference absolute, as in ROWS($L$4:L8).
    ["=SUM(" + "$" + "{c|b}$" + "{first}:{c|b}{r})", "=SUM($AB$4:AB8)"],
    ["={ref|T|a|k}", "=Scorecard!$B$6"],
    ["={rowrange|W|x|y|weights}", "='My sheet'!$C$1:$E$1"],
    ["={colrange|T|b}", "=Scorecard!$AB$4:$AB$13"],
    // An empty table still spans one row, so the reference stays valid.
    ["={colrange|W|x}", "='My sheet'!$C$1:$C$1"],
    ['=IF({c|a}{r}="","",1)', '=IF(B8="","",1)'],
    // An Excel table's column: a structured reference, which grows when the owner adds a row (issue 18).
    ["=SUM({colrange|X|score})", "=SUM(VS_Scorecard[Score])"],
    ["=SUM({colrange|X|odd})", "=SUM(VS_Scorecard[Rank '['#1'] ''x''])"],
    // The spill of block W's column y (one value per row of table T): a spill reference, as long as it is.
    ["={spillrange|W|y|T}", "='My sheet'!$E$1#"],
    ["={spillrange|T|a|W}", "=Scorecard!$B$4#"],
  ])("%s -> %s", (template, expected) => {
    expect(resolveFormula(template, { table: "T", row: 7 }, placements)).toBe(expected);
  });

  test.each([
    ["={c|missing}{r}", /column "missing"/],
    ["={ref|T|a|nope}", /row "nope"/],
    ["={ref|Z|a|k}", /table "Z"/],
    ["={what}", /unknown placeholder/],
    ["={spillrange|W|y|Z}", /table "Z"/],
  ])("%s throws", (template, message) => {
    expect(() => resolveFormula(template, { table: "T", row: 7 }, placements)).toThrow(message);
  });
});

describe("columnLetter and sheetPrefix", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i -> %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
  test("a negative or fractional index throws", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
  test.each([
    ["Costs", "Costs!"],
    ["My costs", "'My costs'!"],
    ["A1", "'A1'!"],
    ["O'Brien", "'O''Brien'!"],
  ])("%s -> %s", (sheet, prefix) => {
    expect(sheetPrefix(sheet)).toBe(prefix);
  });
});
