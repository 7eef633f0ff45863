import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from "dexie";
import { entryMatches, searchBucketOf, searchEntry } from "../../shared/library/search-index";
import type { Vendor } from "../../shared/schema/vendor";

/** The store that holds the vendors' search words, SEARCH_BUCKETS records of many vendors each. */
export const SEARCH_INDEX = "searchIndex";

/** One record of the search index: vendor id -> its `searchEntry`, for the vendors of one bucket. */
export interface SearchBucket {
  bucket: number;
  entries: Map<string, string>;
}

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
            // A ranged delete names no keys: read them first, in the same transaction.
            const deleted =
              request.type === "deleteRange" && request.range.type !== ANY_RANGE
                ? (
                    (
                      await table.query({
                        trans: request.trans,
                        values: false,
                        query: { index: table.schema.primaryKey, range: request.range },
                      })
                    ).result as unknown[]
                  ).map(String)
                : undefined;
            const written = table.mutate(request);
            // Worked out while IndexedDB stores the vendors, which Chromium does in another process.
            const entries =
              request.type === "put" || request.type === "add"
                ? request.values.map((value: Vendor) => searchEntry(value))
                : undefined;
            const response = await written;
            // Looked up here, not when the stack is made: Dexie makes one for each upgrade step too,
            // from the stores that step has.
            await updateIndex(down.table(SEARCH_INDEX), request, response, entries ?? deleted ?? []);
            return response;
          },
        };
      },
    };
  },
} satisfies Middleware<DBCore>;

/**
 * The ids of the vendors whose entries match every query word, from the index's records.
 *
 * @example
 * vendorIdsMatching(await db.searchIndex.toArray(), queryWords("leeds book")) //=> Set {"brightbooks.co.uk"}
 */
export function vendorIdsMatching(buckets: readonly SearchBucket[], words: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const bucket of buckets) {
    for (const [id, entry] of bucket.entries) if (entryMatches(entry, words)) ids.add(id);
  }
  return ids;
}

/**
 * Writes the index records a vendor write changes. `found` is, for a put or add, each value's search
 * entry; for a ranged delete that is not a clear, the keys it deleted.
 */
async function updateIndex(
  index: DBCoreTable,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  found: readonly string[],
): Promise<void> {
  const { trans } = request;
  if (request.type === "deleteRange" && request.range.type === ANY_RANGE) {
    await index.mutate({ trans, type: "deleteRange", range: request.range });
    return;
  }
  const changes = new Map<number, Array<[id: string, entry: string | undefined]>>();
  const change = (id: string, entry: string | undefined) => {
    const bucket = searchBucketOf(id);
    const list = changes.get(bucket);
    if (list === undefined) changes.set(bucket, [[id, entry]]);
    else list.push([id, entry]);
  };
  if (request.type === "put" || request.type === "add") {
    request.values.forEach((value: Vendor, position) => {
      if (!(position in response.failures)) change(String(value.id), found[position] ?? "");
    });
  } else {
    const keys = request.type === "delete" ? request.keys : found;
    keys.forEach((key: unknown, position) => {
      if (!(position in response.failures)) change(String(key), undefined);
    });
  }
  if (changes.size === 0) return;
  const numbers = [...changes.keys()];
  const stored = (await index.getMany({ trans, keys: numbers })) as Array<SearchBucket | undefined>;
  const puts: SearchBucket[] = [];
  const emptied: number[] = [];
  numbers.forEach((bucket, position) => {
    const entries = stored[position]?.entries ?? new Map<string, string>();
    for (const [id, entry] of changes.get(bucket) ?? []) {
      if (entry === undefined) entries.delete(id);
      else entries.set(id, entry);
    }
    if (entries.size === 0) emptied.push(bucket);
    else puts.push({ bucket, entries });
  });
  if (puts.length > 0) await index.mutate({ trans, type: "put", values: puts });
  if (emptied.length > 0) await index.mutate({ trans, type: "delete", keys: emptied });
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
