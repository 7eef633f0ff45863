/**
 * One job: the search index's shape (which of a few buckets holds a vendor, its entry there) and
 * whether an entry matches a query.
 */
import type { OutsourcedFunction, PipelineStatus } from "../schema/common";
import type { Vendor } from "../schema/vendor";
import { searchWords } from "./search-words";

/**
 * How many records the library's search index spreads its vendors over. IndexedDB in Chromium pays a
 * fixed cost for every request and every index entry (about 0.2 ms a write here): a multiEntry index
 * of ~17 words per vendor cost more than the vendors themselves on an import, and the status and
 * function indexes most of a second more for 10,000 vendors. A few large records cost one request
 * each: the whole index is read with one request per search, and a clip rewrites one of them
 * (10,000 vendors: about 30 KB a record).
 */
export const SEARCH_BUCKETS = 64;

/**
 * What the side panel's search and filters need of a vendor, and its name for their order, as one
 * string (`searchEntry`): strings are the cheapest values for IndexedDB to store and read back, and
 * reading the whole index back is what every filtered search does (objects of five fields doubled
 * that time for 10,000 vendors).
 */
export type SearchEntry = string;

/** Separates an entry's fields. A vendor's status, function, words and JSON-quoted tags never hold it. */
const FIELD = "\u001f";

/** A search: every given part must hold. `tag` matches whatever its case. */
export interface SearchQuery {
  /** From `queryWords`: each must start one of the vendor's words. */
  words: readonly string[];
  status?: PipelineStatus;
  function?: OutsourcedFunction;
  tag?: string;
}

/**
 * The index record a vendor's entry lives in: FNV-1a over the id's UTF-16 code units, so it never
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
 * A vendor's index entry: status, function, tags (as JSON), name and words, in that order, each
 * after a FIELD separator but the first. The words hold only letters and digits (`searchWords`
 * splits on everything else), each behind a space, so " " + a query word occurs in them exactly
 * when one of the vendor's words starts with it. Only the name may hold the separator: it is read
 * as what lies between the third separator and the last.
 *
 * @example
 * searchEntry({ name: "BrightBooks", status: "researching", function: "hr", tags: ["UK"], notes: "", ... })
 * //=> 'researching\u001fhr\u001f["UK"]\u001fBrightBooks\u001f brightbooks uk hr'
 */
export function searchEntry(
  vendor: Pick<Vendor, "name" | "tags" | "notes" | "status"> &
    Partial<Pick<Vendor, "domain" | "description" | "function" | "location">>,
): SearchEntry {
  const words = searchWords(vendor);
  return [
    vendor.status,
    vendor.function ?? "",
    JSON.stringify(vendor.tags),
    vendor.name,
    words.length === 0 ? "" : ` ${words.join(" ")}`,
  ].join(FIELD);
}

/**
 * Whether the entry matches every part of the query. An empty query matches every entry.
 *
 * @example
 * entryMatches(searchEntry(brightBooks), { words: ["leed", "bright"], tag: "uk" }) //=> true
 * entryMatches(searchEntry(brightBooks), { words: ["books"] }) //=> false: "books" starts no word
 */
export function entryMatches(entry: SearchEntry, query: SearchQuery): boolean {
  const afterStatus = entry.indexOf(FIELD);
  if (query.status !== undefined && entry.slice(0, afterStatus) !== query.status) return false;
  const afterFunction = entry.indexOf(FIELD, afterStatus + 1);
  if (query.function !== undefined && entry.slice(afterStatus + 1, afterFunction) !== query.function) {
    return false;
  }
  if (query.tag !== undefined) {
    const tag = query.tag.toLowerCase();
    const tags = entry.slice(afterFunction + 1, entry.indexOf(FIELD, afterFunction + 1));
    if (!(JSON.parse(tags) as string[]).some((own) => own.toLowerCase() === tag)) return false;
  }
  const wordsStart = entry.lastIndexOf(FIELD) + 1;
  for (const word of query.words) {
    if (!entry.includes(` ${word}`, wordsStart)) return false;
  }
  return true;
}

/** The vendor's name, as the entry holds it. */
export function entryName(entry: SearchEntry): string {
  const afterTags = nthField(entry, 3);
  return entry.slice(afterTags, entry.lastIndexOf(FIELD));
}

/** Where the entry's field `n` (from 0) starts. */
function nthField(entry: SearchEntry, n: number): number {
  let start = 0;
  for (let i = 0; i < n; i++) start = entry.indexOf(FIELD, start) + 1;
  return start;
}
