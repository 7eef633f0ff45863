import { searchWords } from "./search-words";

/**
 * How many records the library's search index spreads its vendors over. IndexedDB in Chromium pays a
 * fixed cost for every request and every index entry (about 0.2 ms a write here), so a multiEntry index
 * of ~17 words per vendor cost more than the vendors themselves on an import. A few large records cost
 * one request each: the whole index is read with one request per search, and a clip rewrites one of
 * them (10,000 vendors: about 25 KB a record).
 */
export const SEARCH_BUCKETS = 64;

/**
 * The index record a vendor's words live in: FNV-1a over the id's UTF-16 code units, so it never
 * changes for a vendor and spreads ids evenly.
 *
 * @example
 * searchBucketOf("brightbooks.co.uk") //=> the same number from 0 to 63 on every call
 */
export function searchBucketOf(vendorId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < vendorId.length; i++) {
    hash ^= vendorId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SEARCH_BUCKETS;
}

/**
 * A vendor's search words as one index entry: each word behind a space. Words hold only letters and
 * digits (`searchWords` splits on everything else), so " " + a query word occurs in the entry exactly
 * when one of the vendor's words starts with it.
 *
 * @example
 * searchEntry({ name: "BrightBooks Leeds", tags: [], notes: "" }) //=> " brightbooks leeds"
 */
export function searchEntry(vendor: Parameters<typeof searchWords>[0]): string {
  const words = searchWords(vendor);
  return words.length === 0 ? "" : ` ${words.join(" ")}`;
}

/**
 * Whether every query word (from `queryWords`) starts one of the entry's words. No words match
 * every entry.
 *
 * @example
 * entryMatches(" brightbooks leeds", ["leed", "bright"]) //=> true
 * entryMatches(" brightbooks leeds", ["books"]) //=> false: "books" starts no word
 */
export function entryMatches(entry: string, queryWords: readonly string[]): boolean {
  for (const word of queryWords) {
    if (!entry.includes(` ${word}`)) return false;
  }
  return true;
}
