/**
 * One job: keep the vendors' search index in step with every vendor write (a Dexie middleware) and
 * read it back for searches.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, EntityTable, Middleware } from "dexie";
import { byNameThenId } from "../../shared/library/record-order";
import {
  entryMatches,
  entryName,
  type SearchEntry,
  type SearchQuery,
  searchBucketOf,
  searchEntry,
} from "../../shared/library/search-index";
import type { Vendor } from "../../shared/schema/vendor";

/** The store that holds the vendors' search entries, SEARCH_BUCKETS records of many vendors each. */
export const SEARCH_INDEX = "searchIndex";

/** One record of the search index: vendor id -> its `searchEntry`, for the vendors of one bucket. */
export interface SearchBucket {
  bucket: number;
  entries: Map<string, SearchEntry>;
}

/**
 * The index's one other record, under a key no bucket has: for each bucket, a new random value
 * whenever a write in any context changes it, so a reader can tell which of the buckets it read
 * before are still the index.
 */
export interface SearchRevision {
  bucket: typeof REVISION_KEY;
  revisions: Map<number, string>;
}

export const REVISION_KEY = -1;

export type SearchIndexRecord = SearchBucket | SearchRevision;

/** Dexie's range type "any key" (DBCoreRangeType.Any, a const enum the bundlers cannot inline). */
const ANY_RANGE = 3;

/**
 * Keeps the search index in step with every write to the vendors table, whichever path writes (a clip,
 * an owner edit, an import, a delete, a clear, an upgrade's modify()), in the write's own transaction:
 * every read-write transaction over vendors takes the index store in too, so a failed write leaves
 * both as they were. Only vendors that were written are indexed (a bulk write's failures are not).
 *
 * An upgrade's versionchange transaction holds the stores created so far: the upgrades before the
 * index existed leave it alone, and the one that creates it rewrites every vendor through here.
 */
export const searchIndexMiddleware = {
  stack: "dbcore" as const,
  name: "vendor-search-index",
  create(down: DBCore): DBCore {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === "readwrite" && stores.includes("vendors") && !stores.includes(SEARCH_INDEX)
            ? [...stores, SEARCH_INDEX]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== "vendors") return table;
        return {
          ...table,
          async mutate(request) {
            if (!holdsIndex(request.trans)) return table.mutate(request);
            // Looked up here, not when the stack is made: Dexie makes one for each upgrade step too,
            // from the stores that step has.
            const index = down.table(SEARCH_INDEX);
            const { trans } = request;
            if (request.type === "deleteRange" && request.range.type === ANY_RANGE) {
              const response = await table.mutate(request);
              await index.mutate({ trans, type: "deleteRange", range: request.range });
              await index.mutate({
                trans,
                type: "put",
                values: [{ bucket: REVISION_KEY, revisions: new Map() }],
              });
              return response;
            }
            // A ranged delete names no keys: read them first, in the same transaction.
            const keys =
              request.type === "deleteRange"
                ? (
                    await table.query({
                      trans,
                      values: false,
                      query: { index: table.schema.primaryKey, range: request.range },
                    })
                  ).result
                : request.type === "delete"
                  ? request.keys
                  : request.values.map((value: Vendor) => value.id);
            const written = table.mutate(request);
            // Worked out while IndexedDB stores the vendors, which Chromium does in another process.
            const entries =
              request.type === "put" || request.type === "add"
                ? request.values.map((value: Vendor) => searchEntry(value))
                : [];
            const response = await written;
            const changes = keys.flatMap((key: unknown, position: number) =>
              position in response.failures ? [] : [[String(key), entries[position]] as const],
            );
            await writeChanges(index, request, changes);
            return response;
          },
        };
      },
    };
  },
} satisfies Middleware<DBCore>;

/**
 * The vendors whose entries match the query, in name order (then id, in code units: the order of
 * the vendors' name index), with their names. `within`, when given, limits them to those ids.
 *
 * @example
 * searchMatches(await new SearchIndexCache().buckets(db.searchIndex), { words: queryWords("leeds book") })
 * //=> [{ id: "brightbooks.co.uk", name: "BrightBooks Leeds" }]
 */
export function searchMatches(
  buckets: readonly SearchBucket[],
  query: SearchQuery,
  within?: ReadonlySet<string>,
): Array<{ id: string; name: string }> {
  const matches: Array<{ id: string; name: string }> = [];
  for (const bucket of buckets) {
    for (const [id, entry] of bucket.entries) {
      if ((within === undefined || within.has(id)) && entryMatches(entry, query)) {
        matches.push({ id, name: entryName(entry) });
      }
    }
  }
  return matches.sort(byNameThenId);
}

/** Writes the index records that the vendor changes touch: an entry set, or taken out when undefined. */
async function writeChanges(
  index: DBCoreTable,
  request: DBCoreMutateRequest,
  changes: ReadonlyArray<readonly [id: string, entry: SearchEntry | undefined]>,
): Promise<void> {
  const byBucket = new Map<number, Array<readonly [string, SearchEntry | undefined]>>();
  for (const change of changes) {
    const bucket = searchBucketOf(change[0]);
    const list = byBucket.get(bucket);
    if (list === undefined) byBucket.set(bucket, [change]);
    else list.push(change);
  }
  if (byBucket.size === 0) return;
  const { trans } = request;
  const numbers = [...byBucket.keys()];
  const [stamp, ...stored] = (await index.getMany({ trans, keys: [REVISION_KEY, ...numbers] })) as [
    SearchRevision | undefined,
    ...Array<SearchBucket | undefined>,
  ];
  const revisions = new Map(stamp?.revisions);
  const puts: SearchBucket[] = [];
  const emptied: number[] = [];
  numbers.forEach((bucket, position) => {
    const entries = stored[position]?.entries ?? new Map<string, SearchEntry>();
    for (const [id, entry] of byBucket.get(bucket) ?? []) {
      if (entry === undefined) entries.delete(id);
      else entries.set(id, entry);
    }
    if (entries.size === 0) {
      emptied.push(bucket);
      revisions.delete(bucket);
    } else {
      puts.push({ bucket, entries });
      revisions.set(bucket, crypto.randomUUID());
    }
  });
  const revision: SearchRevision = { bucket: REVISION_KEY, revisions };
  await index.mutate({ trans, type: "put", values: [...puts, revision] });
  if (emptied.length > 0) await index.mutate({ trans, type: "delete", keys: emptied });
}

/**
 * The search index as one context last read it, each bucket read again only when its revision has
 * changed: a search as the owner types reads the small revision record and the bucket keys instead
 * of the whole index (about 2 MB for 10,000 vendors; BENCHMARKS.md has what it costs), and one after
 * a clip reads the one bucket the clip changed. Must be read inside a transaction over the index, so
 * the revisions and the buckets are of the same moment.
 */
export class SearchIndexCache {
  private read = new Map<number, { revision: string | undefined; bucket: SearchBucket }>();

  async buckets(index: EntityTable<SearchIndexRecord, "bucket">): Promise<SearchBucket[]> {
    const [stamp, keys] = await Promise.all([
      index.get(REVISION_KEY) as Promise<SearchRevision | undefined>,
      index.where("bucket").aboveOrEqual(0).primaryKeys(),
    ]);
    const current = keys.map((bucket) => ({ bucket, revision: stamp?.revisions.get(bucket) }));
    // A bucket with no revision is read every time: nothing would tell that it changed.
    const stale = current.filter(
      ({ bucket, revision }) => revision === undefined || this.read.get(bucket)?.revision !== revision,
    );
    const fresh = (await index.bulkGet(stale.map(({ bucket }) => bucket))) as Array<SearchBucket | undefined>;
    const freshByNumber = new Map(stale.map(({ bucket }, position) => [bucket, fresh[position]]));
    const read = new Map<number, { revision: string | undefined; bucket: SearchBucket }>();
    for (const { bucket, revision } of current) {
      const record = freshByNumber.has(bucket) ? freshByNumber.get(bucket) : this.read.get(bucket)?.bucket;
      if (record !== undefined) read.set(bucket, { revision, bucket: record });
    }
    this.read = read;
    return [...read.values()].map(({ bucket }) => bucket);
  }
}

/**
 * Whether the write's transaction covers the index store. Dexie's DBCore transaction is the
 * IDBTransaction itself. Only an upgrade's versionchange transaction may lack it (it covers the stores
 * created so far); any other would be a write the index misses, so it fails instead.
 */
function holdsIndex(trans: unknown): boolean {
  const transaction = trans as IDBTransaction;
  if (transaction.objectStoreNames.contains(SEARCH_INDEX)) return true;
  if (transaction.mode === "versionchange") return false;
  throw new Error(
    "VendorScout tried to change vendors outside its search index's transaction, so nothing was saved. Reload the page and try again; if it keeps failing, report the problem.",
  );
}
