import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { makeVendor } from "../../tests/support/bridge/records";
import { MAX_SEARCH_WORDS, queryWords, searchWords, withoutPrefixes } from "./search-words";

describe("searchWords", () => {
  test("name, site, tags, function, place, notes and description, folded and split", () => {
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
      "called",
      "ann",
      "quote",
      "1",
      "200",
      "month",
      "payroll",
      "for",
      "start",
      "ups",
    ]);
  });

  test("a long description is capped, after the name's and tags' words", () => {
    // "w1x" is no prefix of "w10x": every one of these words is kept up to the cap.
    const description = Array.from({ length: 600 }, (_, i) => `w${i}x`).join(" ");
    const words = searchWords(makeVendor(1, { name: "Acme Payroll", tags: ["vip"], description }));
    expect(words).toHaveLength(MAX_SEARCH_WORDS);
    expect(words.slice(0, 2)).toEqual(["acme", "payroll"]);
    expect(words).toContain("vip");
    expect(words).toContain("w0x");
    expect(words).not.toContain("w599x");
  });

  test("a word another word starts with is left out, and a search for it still finds the vendor", () => {
    const words = searchWords(
      makeVendor(1, {
        name: "Fair Account",
        domain: undefined,
        function: undefined,
        tags: [],
        description: "Accounting for a fair account of your format",
      }),
    );
    expect(words).toEqual(["fair", "accounting", "of", "your", "format"]);
    for (const query of ["a", "acc", "account", "for", "fo", "fair"]) {
      expect(
        words.some((word) => word.startsWith(query)),
        query,
      ).toBe(true);
    }
  });

  test("the owner's notes stay findable beside a description long enough to fill the cap", () => {
    const description = Array.from({ length: 400 }, (_, i) => `page${i}x`).join(" ");
    const words = searchWords(makeVendor(1, { description, notes: "Recommended by Brunhilde" }));
    expect(words).toHaveLength(MAX_SEARCH_WORDS);
    expect(words).toContain("brunhilde");
  });

  test("words in other scripts are words too", () => {
    expect(searchWords(makeVendor(1, { name: "株式会社 テスト", domain: undefined }))).toContain("株式会社");
  });
});

describe("withoutPrefixes", () => {
  test("every start of a word it was given is the start of a word it keeps, and none it keeps starts another", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "1"), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 30 }), (words) => {
        const kept = withoutPrefixes(words);
        expect(words.filter((w) => kept.includes(w))).toEqual(kept); // a subset, in the same order
        for (const given of words) {
          for (let end = 1; end <= given.length; end++) {
            const start = given.slice(0, end);
            expect(kept.some((w) => w.startsWith(start))).toBe(true);
          }
        }
        for (const a of kept) for (const b of kept) if (a !== b) expect(b.startsWith(a)).toBe(false);
      }),
    );
  });
});

describe("queryWords", () => {
  test("a query splits like a vendor, longest word first, each once", () => {
    expect(queryWords("  Payroll, ZÜRICH payroll ")).toEqual(["payroll", "zurich"]);
    expect(queryWords(" ,. ")).toEqual([]);
  });

  test("any text splits as the Unicode folding splits it, ASCII by its shorter path too", () => {
    // The folding every text went through before ASCII skipped it: the oracle for both paths.
    const folded = (text: string) =>
      text
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length > 0)
        .map((word) => word.slice(0, 32));
    const text = fc.oneof(
      fc.string({ unit: "binary-ascii", maxLength: 80 }),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom(
        "Vendor 42 Outsourcing Ltd",
        "vendor-42.example.com",
        "IT-Support_24/7 it support",
        "x".repeat(40),
        "Zürich Ｆｏｏ Ⅻ",
        "Café Zürich",
      ),
    );
    fc.assert(
      fc.property(text, (name) => {
        // As a vendor's name, the words keep their order and come once each.
        expect(searchWords({ name, tags: [], notes: "" })).toEqual(
          withoutPrefixes([...new Set(folded(name))]),
        );
      }),
    );
  });
});
