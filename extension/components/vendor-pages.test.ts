import { expect, test } from "vitest";
import { pagesForRange, safeHref, splitList } from "./vendor-pages";

test.each([
  [0, 9, 50, [0]],
  [95, 130, 50, [1, 2]],
  [10, 5, 50, []],
  [-1, 5, 50, []],
  [0, 10, 0, []],
])("rows %i-%i in pages of %i need pages %j", (first, last, size, pages) => {
  expect(pagesForRange(first, last, size)).toEqual(pages);
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
