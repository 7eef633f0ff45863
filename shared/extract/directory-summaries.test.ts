import { expect, test } from "vitest";
import { parse } from "../../tests/support/extract/pages";
import { reviewsByReviewersRaw, summarySectionText } from "./directory-summaries";
import type { ReviewDraft } from "./draft";

const review = (body: string, extra: Partial<ReviewDraft> = {}): ReviewDraft => ({
  source: "clutch",
  body,
  ...extra,
});
const signed = { author: "CTO, Acme", date: "2025-01-01" };

test("a text the page shows only under Review Highlights is the directory's, not a review", () => {
  const html = `<section><h2>Review Highlights</h2><p>Clients praise their speed.</p></section>
    <section><h2>Reviews</h2><p>Fast and careful work.</p></section>`;
  const doc = parse(html);
  const summaryText = summarySectionText(doc);
  const pageText = doc.body.textContent ?? "";
  const kept = reviewsByReviewersRaw(
    [review("Clients praise their speed.", signed), review("Fast and careful work.", signed)],
    { directoryNames: ["clutch"], summaryText, pageText },
  );
  expect(kept.reviews.map((draft) => draft.body)).toEqual(["Fast and careful work."]);
  expect(kept.summaries).toBe(1);
});

test("a review featured under the highlights and listed again is kept, once", () => {
  const html = `<div class="highlights"><p>Fast and careful work.</p></div><article><p>Fast and careful work.</p></article>`;
  const doc = parse(html);
  const kept = reviewsByReviewersRaw(
    [review("Fast and careful work.", signed), review("Fast and careful work.", signed)],
    {
      directoryNames: ["clutch"],
      summaryText: summarySectionText(doc),
      pageText: doc.body.textContent ?? "",
    },
  );
  expect(kept).toMatchObject({ summaries: 0, copies: 1 });
  expect(kept.reviews).toHaveLength(1);
});

test("an unsigned, undated text carrying the overall rating is a summary; a signed one is a review", () => {
  const kept = reviewsByReviewersRaw(
    [review("Overall, clients are happy.", { rating: 4.9 }), review("Good.", { ...signed, rating: 4.9 })],
    { directoryNames: ["clutch"], overall: 4.9, summaryText: "", pageText: "" },
  );
  expect(kept.reviews.map((draft) => draft.body)).toEqual(["Good."]);
});

test("a text the directory signs is not a review", () => {
  const kept = reviewsByReviewersRaw([review("Top rated in 2025.", { author: "Clutch", rating: 5 })], {
    directoryNames: ["clutch"],
    summaryText: "",
    pageText: "",
  });
  expect(kept.reviews).toEqual([]);
});

test("on a vendor's own site the summary rules do not apply: unsigned testimonials stay", () => {
  const kept = reviewsByReviewersRaw([review("Great team.", { rating: 5 })], {
    overall: 5,
    summaryText: "great team.",
    pageText: "Great team.",
  });
  expect(kept.reviews).toHaveLength(1);
});
