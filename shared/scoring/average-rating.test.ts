import { describe, expect, test } from "vitest";
import { averageRating } from "./average-rating";
import { reviewCount } from "./review-count";

describe("averageRating", () => {
  test("weighted by review count when every site gives one: (4.2 x 120 + 4.8 x 40) / 160 = 4.35", () => {
    expect(
      averageRating([
        { value: 4.2, scale: 5, count: 120 },
        { value: 4.8, scale: 5, count: 40 },
      ]),
    ).toBeCloseTo(4.35, 12);
  });

  test("equal weights when a site gives no count; a 10-point 8 is a 5-point 4: (4 + 5) / 2 = 4.5", () => {
    expect(
      averageRating([
        { value: 8, scale: 10 },
        { value: 5, scale: 5, count: 3 },
      ]),
    ).toBe(4.5);
  });

  test("a count of zero counts as no count, so that site is not weighed out", () => {
    expect(
      averageRating([
        { value: 2, scale: 5, count: 0 },
        { value: 4, scale: 5, count: 100 },
      ]),
    ).toBe(3);
  });

  test("no ratings: undefined, never 0", () => {
    expect(averageRating([])).toBeUndefined();
  });

  test("a NaN rating or a scale of 0 gives a result that is not finite, which the sheet leaves empty", () => {
    expect(averageRating([{ value: Number.NaN, scale: 5 }])).toBeNaN();
    expect(Number.isFinite(averageRating([{ value: 4, scale: 0 }]))).toBe(false);
  });
});

describe("reviewCount", () => {
  test("sums the counts the sites give", () => {
    expect(
      reviewCount([
        { value: 4.2, scale: 5, count: 120 },
        { value: 4.8, scale: 5 },
        { value: 3, scale: 5, count: 5 },
      ]),
    ).toBe(125);
  });

  test("unknown, not zero, when no site gives a count", () => {
    expect(reviewCount([{ value: 4.8, scale: 5 }])).toBeUndefined();
    expect(reviewCount([])).toBeUndefined();
  });
});
