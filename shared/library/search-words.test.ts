import { describe, expect, test } from "vitest";
import { makeVendor } from "../bridge/fixtures/records";
import { MAX_SEARCH_WORDS, queryWords, searchWords } from "./search-words";

describe("searchWords", () => {
  test("name, site, tags, function, place, description and notes, folded and split", () => {
    const words = searchWords(
      makeVendor(1, {
        name: "Zürich HR-Partner AG",
        domain: "zurich-hr.ch",
        tags: ["Shortlist", "DACH"],
        function: "hr",
        location: { city: "Zürich", country: "Switzerland" },
        description: "Payroll & HR for start-ups.",
        notes: "Called Ann; quote £1,200/month",
      }),
    );
    expect(words).toEqual([
      "zurich",
      "hr",
      "partner",
      "ag",
      "ch",
      "shortlist",
      "dach",
      "switzerland",
      "payroll",
      "for",
      "start",
      "ups",
      "called",
      "ann",
      "quote",
      "1",
      "200",
      "month",
    ]);
  });

  test("a long description is capped, after the name's and tags' words", () => {
    const description = Array.from({ length: 600 }, (_, i) => `w${i}`).join(" ");
    const words = searchWords(makeVendor(1, { name: "Acme Payroll", tags: ["vip"], description }));
    expect(words).toHaveLength(MAX_SEARCH_WORDS);
    expect(words.slice(0, 2)).toEqual(["acme", "payroll"]);
    expect(words).toContain("vip");
    expect(words).toContain("w0");
    expect(words).not.toContain("w599");
  });

  test("words in other scripts are words too", () => {
    expect(searchWords(makeVendor(1, { name: "株式会社 テスト", domain: undefined }))).toContain("株式会社");
  });
});

describe("queryWords", () => {
  test("a query splits like a vendor, longest word first, each once", () => {
    expect(queryWords("  Payroll, ZÜRICH payroll ")).toEqual(["payroll", "zurich"]);
    expect(queryWords(" ,. ")).toEqual([]);
  });
});
