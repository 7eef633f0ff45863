import { expect, test } from "vitest";
import { parseNumber } from "./parse-number";

test.each([
  ["4.5", 4.5],
  ["4,5 / 5", 4.5],
  ["1,234", 1234],
  ["1.234,50", 1234.5],
  ["$1,200.00", 1200],
  ["89\n      ", 89],
  ["1 200 reviews", 1200],
  ["1.234.567", 1234567],
  ["Rated 4.8 out of 5", 4.8],
  ["n/a", undefined],
  [7, 7],
  [Number.NaN, undefined],
  [null, undefined],
])("parseNumber(%j) = %j", (input, expected) => {
  expect(parseNumber(input)).toBe(expected);
});
