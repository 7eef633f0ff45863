/**
 * One job: the words a vendor is found by, and the words of a search, folded the same way.
 */
import type { Vendor } from "../schema/vendor";

/** Words kept per vendor at most: a long description must not bloat the index of a large library. */
export const MAX_SEARCH_WORDS = 200;
/** Longer words are cut: a prefix query never needs more. */
const MAX_WORD_LENGTH = 32;

/**
 * The words a search can match, from the fields the side panel's search promises (name, site,
 * description) plus what an owner types to find a vendor again (tags, notes, function, place):
 * lower case, accents folded, split on anything that is not a letter or digit, each once. Name,
 * domain, tags, function, place and notes come first, so the cap only ever drops words of a long
 * description.
 * A word that another of them starts with is left out (see `withoutPrefixes`).
 *
 * @example
 * searchWords({ name: "Zürich HR Partner", domain: "zurich-hr.ch", tags: ["Shortlist"], ... })
 * //=> ["zurich", "hr", "partner", "ch", "shortlist", ...]
 */
export function searchWords(
  vendor: Pick<Vendor, "name" | "tags" | "notes"> &
    Partial<Pick<Vendor, "domain" | "description" | "function" | "location">>,
): string[] {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    for (const word of splitWords(text ?? "")) {
      if (words.size >= MAX_SEARCH_WORDS) return;
      words.add(word);
    }
  };
  add(vendor.name);
  add(vendor.domain);
  for (const tag of vendor.tags) add(tag);
  add(vendor.function);
  add(vendor.location?.city);
  add(vendor.location?.region);
  add(vendor.location?.country);
  // The owner's own notes before the page's description: a long description fills the cap, and what
  // the owner wrote ("recommended by Brunhilde") must stay findable.
  add(vendor.notes);
  add(vendor.description);
  return withoutPrefixes([...words]);
}

/**
 * The words without those that another of them starts with: "account" beside "accounting", "a"
 * beside "and", "for" beside "format". A search matches a vendor's word by its start, so a query that
 * finds the shorter word finds the longer one too: the matches are the same, and the search index
 * (shared/library/search-index.ts) is smaller to store and to scan. In code-unit order every word
 * that starts with a given word comes right after it, so one look at the next word decides. The order
 * of the words that stay is kept.
 *
 * @example
 * withoutPrefixes(["account", "accounting", "a", "fair"]) //=> ["accounting", "fair"]
 */
export function withoutPrefixes(words: readonly string[]): string[] {
  const sorted = [...words].sort();
  const covered = new Set<string>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const word = sorted[i] as string;
    if ((sorted[i + 1] as string).startsWith(word)) covered.add(word);
  }
  return words.filter((word) => !covered.has(word));
}

/**
 * The words of a search box's text, split the way `searchWords` splits a vendor's, each once,
 * longest first (a stable order for the same query).
 *
 * @example
 * queryWords("  Payroll, Zürich ") //=> ["payroll", "zurich"]
 */
export function queryWords(text: string): string[] {
  return [...new Set(splitWords(text))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Text of code units 0-127 only: NFKD leaves every such character as it is, and none is a mark. */
const ASCII_ONLY = /^[\0-\x7f]*$/;

/**
 * Folds the text (lower case, accents off) and splits it into words, each cut to MAX_WORD_LENGTH.
 * ASCII text skips the Unicode folding, which leaves it unchanged: most vendor text is ASCII, and the
 * folding was half the word work of a 10,000-vendor import (BENCHMARKS.md).
 */
function splitWords(text: string): string[] {
  const folded = ASCII_ONLY.test(text)
    ? text.toLowerCase()
    : text
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase();
  const words: string[] = [];
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 0) words.push(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);
  }
  return words;
}
