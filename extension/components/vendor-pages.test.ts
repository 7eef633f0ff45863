import { expect, test } from "vitest";
import { pagesForRange, safeHref, splitList, weightPercents, weightsWithPercent } from "./vendor-pages";

test.each([
  [0, 9, 50, [0]],
  [95, 130, 50, [1, 2]],
  [10, 5, 50, []],
  [-1, 5, 50, []],
  [0, 10, 0, []],
])("rows %i-%i in pages of %i need pages %j", (first, last, size, pages) => {
  expect(pagesForRange(first, last, size)).toEqual(pages);
});

test.each([
  [
    [1, 1, 2],
    [25, 25, 50],
  ],
  [
    [15, 15, 20, 20, 8, 7, 7, 4, 4],
    [15, 15, 20, 20, 8, 7, 7, 4, 4],
  ],
  [
    [1, 2],
    [33.3, 66.7],
  ],
  [
    [0, 0],
    [0, 0],
  ],
])("weights %j show as %j percent", (weights, percents) => {
  expect(weightPercents(weights)).toEqual(percents);
});

test("lists are typed with commas or new lines", () => {
  expect(splitList(" a, b,,\nc ")).toEqual(["a", "b", "c"]);
  expect(splitList("")).toEqual([]);
});

test.each([
  ["https://brightbooks.example/reviews", "https://brightbooks.example/reviews"],
  ["http://a.example", "http://a.example/"],
  ["javascript:alert(1)", undefined],
  ["data:text/html,<b>x</b>", undefined],
  ["not a url", undefined],
  [undefined, undefined],
])("only http(s) links are clickable: %s", (url, href) => {
  expect(safeHref(url)).toBe(href);
});

test("a typed weight is what the card then shows; the others share the rest in their proportions", () => {
  const thirds = [1, 1, 1];
  const next = weightsWithPercent(thirds, 0, 50);
  expect(weightPercents(next)).toEqual([50, 25, 25]);
  expect(weightPercents(weightsWithPercent([1, 1, 2], 1, 40))).toEqual([20, 40, 40]);
  // Others with no weight share the rest equally; typing 100 leaves them at zero.
  expect(weightPercents(weightsWithPercent([5, 0, 0], 0, 40))).toEqual([40, 30, 30]);
  expect(weightPercents(weightsWithPercent([1, 2, 3], 2, 100))).toEqual([0, 0, 100]);
  expect(weightsWithPercent([7], 0, 30)).toEqual([100]);
});

test("a weight outside 0-100, or one that leaves every weight zero, is refused with what to type", () => {
  for (const bad of [-1, 101, Number.NaN]) {
    expect(() => weightsWithPercent([1, 1], 0, bad)).toThrow("A weight is a percentage from 0 to 100");
  }
  expect(() => weightsWithPercent([3], 0, 0)).toThrow("At least one criterion needs a weight above zero.");
});
