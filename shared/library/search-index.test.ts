import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { makeVendor } from "../bridge/fixtures/records";
import { entryMatches, SEARCH_BUCKETS, searchBucketOf, searchEntry } from "./search-index";
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
    tags: ["Shortlist"],
    function: "accounting-payroll",
    description: "Bookkeeping for Zürich start-ups",
  });
  const entry = searchEntry(vendor);

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
    expect(entryMatches(entry, queryWords(query))).toBe(expected);
  });

  test("no query words match every entry, the empty one too", () => {
    expect(entryMatches(entry, [])).toBe(true);
    expect(entryMatches("", [])).toBe(true);
    expect(entryMatches("", ["a"])).toBe(false);
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
          expect(entryMatches(searchEntry(candidate), queryWords(query))).toBe(expected);
        },
      ),
    );
  });
});
