import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { makeVendor } from "../../tests/support/bridge/records";
import { entryMatches, entryName, SEARCH_BUCKETS, searchBucketOf, searchEntry } from "./search-index";
import { queryWords, searchWords } from "./search-words";

describe("searchBucketOf", () => {
  test("the same id always lands in the same bucket, from 0 to SEARCH_BUCKETS - 1", () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const bucket = searchBucketOf(id);
        expect(Number.isInteger(bucket)).toBe(true);
        expect(bucket).toBeGreaterThanOrEqual(0);
        expect(bucket).toBeLessThan(SEARCH_BUCKETS);
        expect(searchBucketOf(id)).toBe(bucket);
      }),
    );
  });

  test("10,000 vendor ids spread over every bucket, none with more than twice its share", () => {
    const counts = new Array<number>(SEARCH_BUCKETS).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const bucket = searchBucketOf(`vendor-${i}.example.com`);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const share = 10_000 / SEARCH_BUCKETS;
    expect(Math.min(...counts)).toBeGreaterThan(share / 2);
    expect(Math.max(...counts)).toBeLessThan(share * 2);
  });
});

describe("searchEntry and entryMatches", () => {
  const vendor = makeVendor(1, {
    name: "BrightBooks Leeds",
    domain: "brightbooks.co.uk",
    tags: ["Shortlist", "UK"],
    function: "accounting-payroll",
    status: "shortlisted",
    description: "Bookkeeping for Zürich start-ups",
  });
  const entry = searchEntry(vendor);

  test("the entry gives back the name as the vendor has it", () => {
    expect(entryName(entry)).toBe("BrightBooks Leeds");
  });

  test.each([
    ["a name holding the separator", "Acme \u001f Ltd", ["a\u001fb"]],
    ["a name and a tag with quotes", 'The "Best" Books', ['say "hi"', "\\"]],
    ["a name that looks like words", "payroll leeds", ["x"]],
  ])("%s keeps its name, tags and words apart", (_, name, tags) => {
    const odd = searchEntry(makeVendor(3, { name, tags, function: undefined, domain: undefined }));
    expect(entryName(odd)).toBe(name);
    expect(entryMatches(odd, { words: [], tag: tags[0] })).toBe(true);
    expect(entryMatches(odd, { words: [], tag: "b" })).toBe(false);
    expect(entryMatches(odd, { words: [], function: "hr" })).toBe(false);
  });

  test("a word of the name, tags or status fields matches only as one of the vendor's words", () => {
    // "researching" is the status, "it" the start of "it-support": neither is a search word here.
    const plain = searchEntry(
      makeVendor(4, { name: "Acme", function: undefined, domain: undefined, tags: ["x y"] }),
    );
    expect(entryMatches(plain, { words: ["researching"] })).toBe(false);
    expect(entryMatches(plain, { words: ["acme"] })).toBe(true);
    expect(entryMatches(plain, { words: ["y"] })).toBe(true);
  });

  test.each([
    ["the status", { status: "shortlisted" }, true],
    ["another status", { status: "researching" }, false],
    ["the function", { function: "accounting-payroll" }, true],
    ["another function", { function: "hr" }, false],
    ["a tag in another case", { tag: "uk" }, true],
    ["a tag's start only", { tag: "short" }, false],
    [
      "every part at once",
      { words: ["leeds"], status: "shortlisted", function: "accounting-payroll", tag: "UK" },
      true,
    ],
    ["every part but one", { words: ["york"], status: "shortlisted", tag: "UK" }, false],
  ] as const)("filters: %s", (_, query, expected) => {
    expect(entryMatches(entry, { words: [], ...query })).toBe(expected);
  });

  test.each([
    ["a word's start", "leed", true],
    ["a whole word", "brightbooks", true],
    ["two words in any order", "zurich bright", true],
    ["accents folded, case ignored", "ZÜRICH", true],
    ["a tag", "shortl", true],
    ["the middle of a word", "books", false],
    ["one of two words missing", "leeds payroll2", false],
    ["a word of the site", "co uk", true],
  ])("%s: %s", (_, query, expected) => {
    expect(entryMatches(entry, { words: queryWords(query) })).toBe(expected);
  });

  test("an empty query matches every entry, one without words too", () => {
    const wordless = searchEntry(makeVendor(5, { name: "-", domain: undefined, function: undefined }));
    expect(entryMatches(entry, { words: [] })).toBe(true);
    expect(entryMatches(wordless, { words: [] })).toBe(true);
    expect(entryMatches(wordless, { words: ["a"] })).toBe(false);
  });

  test("a query matches the entry exactly when each of its words starts one of the vendor's words", () => {
    const letters = fc.constantFrom("a", "b", "é", "1", " ", "-");
    fc.assert(
      fc.property(
        fc.string({ unit: letters, maxLength: 30 }),
        fc.string({ unit: letters, maxLength: 30 }),
        fc.string({ unit: letters, maxLength: 8 }),
        (name, notes, query) => {
          const candidate = makeVendor(2, { name: name.trim() || "x", notes, domain: undefined, tags: [] });
          const words = searchWords(candidate);
          const expected = queryWords(query).every((q) => words.some((word) => word.startsWith(q)));
          expect(entryMatches(searchEntry(candidate), { words: queryWords(query) })).toBe(expected);
        },
      ),
    );
  });
});
