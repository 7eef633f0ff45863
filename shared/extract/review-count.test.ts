import { expect, test } from "vitest";
import { countValueRaw, reviewCountRaw } from "./review-count";

test.each([
  ["30 avis", 30],
  ["1.234 Bewertungen", 1234],
  ["1,234 reviews", 1234],
  ["12 reviews", 12],
  ["basado en 45 opiniones", 45],
  ["30 Rezensionen", 30],
  ["1 234 avis", 1234],
  ["1\u202f234 avis", 1234],
  ["(30)", 30],
  ["4,6 (30)", 30],
  ["4.8 ★★★★★ (1.204)", 1204],
  ["Based on 89 ratings", 89],
  ["3 reseñas", 3],
])("%s -> %d", (text, count) => {
  expect(reviewCountRaw(text)).toBe(count);
});

test.each([["4,6"], ["4.5 out of 5"], [""], ["Top 10 agency"], ["(4,6)"], ["30 reviewers said"]])(
  "%s names no count",
  (text) => {
    expect(reviewCountRaw(text)).toBeUndefined();
  },
);

test.each([
  ["37", 37],
  ["1,234", 1234],
  ["1.234", 1234],
  ["4.5", undefined],
])("count field %s -> %s", (text, count) => {
  expect(countValueRaw(text)).toBe(count);
});

test.each([
  ["1.234 Bewertungen", 1234],
  ["Reviews 1,234", 1234],
  ["(212)", 212],
])("count element %s -> %d", (text, count) => {
  expect(countValueRaw(text)).toBe(count);
});

test.each([["4.5 (2 of 3)"], ["4,5"], ["n/a"]])("count element %s -> none", (text) => {
  expect(countValueRaw(text)).toBeUndefined();
});
