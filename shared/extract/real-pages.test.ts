import { describe, expect, test } from "vitest";
import { captureSchema } from "../schema";
import { extractCapture } from "./index";
import { CAPTURED_AT, parse } from "./test-support/pages";
import {
  type FactResult,
  loadRealPages,
  realPageHtml,
  scoreCapture,
  totalScore,
} from "./test-support/real-facts";

// Real saved pages (tests/fixtures/pages/real, each with its source and licence in facts.json),
// checked against facts read by hand from each page. Real pages outrank the hand-written fixtures.
const pages = loadRealPages();
const results: FactResult[] = [];

describe("every real page against its facts", () => {
  test.each(pages.map((page) => [page.file, page] as const))("%s", (_file, page) => {
    const capture = extractCapture(parse(realPageHtml(page), page.url), page.url, {
      capturedAt: CAPTURED_AT,
    });
    expect(captureSchema.safeParse(capture).success).toBe(true);
    const scored = scoreCapture(page, capture);
    results.push(...scored);
    // Wrong is worse than missing: the identity and the listing verdict must never be wrong.
    const fatal = scored.filter(
      (result) => result.verdict === "wrong" && ["domain", "vendor"].includes(result.fact),
    );
    expect(fatal).toEqual([]);
  });
});

test("the corpus holds at least 40 real pages, each with its source and licence", () => {
  expect(pages.length).toBeGreaterThanOrEqual(40);
  for (const page of pages) {
    expect(page.origin).toBe("real");
    expect(page.source.licence).toMatch(/^(Apache-2\.0|MIT|BSD-3-Clause)$/);
    expect(page.source.commit).toMatch(/^[0-9a-f]{40}$/);
  }
});

test("95% or more of the due facts are correct", () => {
  const score = totalScore(results);
  const wrong = score.results.filter((result) => result.verdict !== "correct");
  // The list names each miss so a failure says what to look at.
  expect({ correct: score.correct, due: score.due, misses: wrong }).toMatchObject({ due: score.due });
  expect(score.correct / score.due).toBeGreaterThanOrEqual(0.95);
});
