import { describe, expect, test } from "vitest";
import { isReview, reviewId, reviewSchema } from "./review";

const base = {
  id: "r-1",
  vendorId: "brightbooks.com",
  source: "trustpilot",
  body: "They closed our books in two days.",
  capturedAt: "2026-11-01T10:00:00.000Z",
  quote: { exact: "They closed our books in two days.", prefix: "", suffix: "" },
};

describe("reviewSchema", () => {
  test("defaults the scale to 5", () => {
    expect(reviewSchema.parse(base).scale).toBe(5);
    expect(isReview(base)).toBe(true);
  });

  test.each([
    ["a rating above its scale", { rating: 6 }, "rating"],
    [
      "a prefix longer than 32 characters",
      { quote: { exact: "x", prefix: "p".repeat(33), suffix: "" } },
      "quote",
    ],
    ["a date that is not a date", { date: "last Tuesday" }, "date"],
    ["an unknown source", { source: "myspace" }, "source"],
  ])("refuses %s", (_label, patch, field) => {
    const result = reviewSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  test.each([["2026-10-30"], ["2026-10-30T08:15:00Z"], ["2026-10-30T08:15:00+02:00"]])(
    "accepts the date %s",
    (date) => {
      expect(reviewSchema.safeParse({ ...base, date }).success).toBe(true);
    },
  );
});

describe("reviewId", () => {
  const review = { source: "g2" as const, author: "Ann", date: "2026-01-02", body: "Great payroll support" };

  test("is stable for the same review", () => {
    expect(reviewId("acme.com", review)).toBe(reviewId("acme.com", { ...review }));
    expect(reviewId("acme.com", review)).toMatch(/^r-[0-9a-z]+$/);
  });

  test.each([
    ["another vendor", "other.com", review],
    ["another author", "acme.com", { ...review, author: "Bob" }],
    ["another body", "acme.com", { ...review, body: "Great payroll support!" }],
    ["another source", "acme.com", { ...review, source: "capterra" as const }],
    ["a title", "acme.com", { ...review, title: "Great" }],
  ])("differs for %s", (_label, vendorId, other) => {
    expect(reviewId(vendorId, other)).not.toBe(reviewId("acme.com", review));
  });

  test("treats composed and decomposed accents as the same text", () => {
    expect(reviewId("acme.com", { ...review, author: "Zo\u00e9" })).toBe(
      reviewId("acme.com", { ...review, author: "Zoe\u0301" }),
    );
  });

  test("gives 10,000 distinct ids for 10,000 distinct reviews", () => {
    const ids = new Set(
      Array.from({ length: 10_000 }, (_, i) => reviewId("acme.com", { ...review, body: `Review ${i}` })),
    );
    expect(ids.size).toBe(10_000);
  });
});
