import { type DBCore, type DBCoreTable, Dexie, type DexieOptions, type EntityTable } from "dexie";
import { migrateStoredVendor } from "../../shared/library/migrate-stored-vendor";
import { searchWords } from "../../shared/library/search-words";
import type { Capture } from "../../shared/schema/capture";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";

export const VENDORSCOUT_DB_NAME = "vendorscout";

/** Version 1 (0.0.x previews): vendors carried `category` and one flat `rating`; no clip history. */
export const VENDORSCOUT_DB_V1_STORES = {
  vendors: "id, &domain, status, category, *tags, updatedAt",
  reviews: "id, vendorId, source",
  evaluations: "id",
  settings: "key",
} as const;

/** Version 2: `function` + ratings per source, clip history, and a name index for sorting. */
export const VENDORSCOUT_DB_V2_STORES = {
  vendors: "id, &domain, status, function, *tags, updatedAt, name",
  reviews: "id, vendorId, source",
  evaluations: "id",
  clips: "++id, vendorId, url, capturedAt",
  settings: "key",
} as const;

/** The stored-only property that holds a vendor's search words; never part of a Vendor read back. */
export const SEARCH_WORDS = "words";

/**
 * Version 3 (current): a multiEntry index of each vendor's search words (`searchWords`), so a text
 * search reads the vendors whose words start with the query's longest word, not the whole library.
 */
export const VENDORSCOUT_DB_V3_STORES = {
  ...VENDORSCOUT_DB_V2_STORES,
  vendors: `${VENDORSCOUT_DB_V2_STORES.vendors}, *${SEARCH_WORDS}`,
} as const;

/** One clip as it happened: kept so the owner can see where every value came from. */
export interface ClipRecord {
  id: number;
  vendorId: string;
  url: string;
  capturedAt: string;
  capture: Capture;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type VendorScoutDbOptions = Pick<DexieOptions, "indexedDB" | "IDBKeyRange"> & { name?: string };

/**
 * The extension's IndexedDB database. Every version stays declared with its upgrade
 * (https://dexie.org/docs/Tutorial/Design#database-versioning); tests pass fake-indexeddb through
 * `options.indexedDB` / `options.IDBKeyRange`.
 *
 * @example
 * const db = new VendorScoutDb({ indexedDB: new IDBFactory(), IDBKeyRange });
 * await db.vendors.count() //=> 0
 */
export class VendorScoutDb extends Dexie {
  vendors!: EntityTable<Vendor, "id">;
  reviews!: EntityTable<Review, "id">;
  evaluations!: EntityTable<Evaluation, "id">;
  clips!: EntityTable<ClipRecord, "id">;
  settings!: EntityTable<SettingRecord, "key">;

  constructor(options: VendorScoutDbOptions = {}) {
    const { name = VENDORSCOUT_DB_NAME, ...dexieOptions } = options;
    super(name, dexieOptions);
    this.version(1).stores(VENDORSCOUT_DB_V1_STORES);
    this.use(searchWordsMiddleware);
    this.version(2)
      .stores(VENDORSCOUT_DB_V2_STORES)
      .upgrade(async (tx) => {
        const now = new Date();
        await tx
          .table("vendors")
          .toCollection()
          .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
            const migrated = migrateStoredVendor(record, 1, now);
            // A record that cannot be repaired (no valid id) is left as it was rather than lost.
            if (migrated !== undefined) ref.value = migrated.vendor;
          });
      });
    this.version(3)
      .stores(VENDORSCOUT_DB_V3_STORES)
      .upgrade(async (tx) => {
        await tx
          .table("vendors")
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            record[SEARCH_WORDS] = searchWords(record as unknown as Vendor);
          });
      });
  }
}

/**
 * Keeps the search words with every vendor written, whichever path writes it (a clip, an owner edit,
 * an import, a rating), and takes them off vendors read back by get, bulkGet and plain queries.
 * Reads through a cursor (distinct(), offset(), each(), modify()) still carry them: VendorLibrary
 * passes what it returns from those through `withoutWords`, and the Vendor schema drops unknown keys
 * wherever a vendor leaves the library (exports, the bridge).
 */
const searchWordsMiddleware = {
  stack: "dbcore" as const,
  name: "vendor-search-words",
  create(down: DBCore): DBCore {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== "vendors") return table;
        return {
          ...table,
          mutate(request) {
            if ((request.type === "put" || request.type === "add") && request.values.length > 0) {
              const values = request.values.map((value: Record<string, unknown>) => ({
                ...value,
                [SEARCH_WORDS]: searchWords(value as unknown as Vendor),
              }));
              return table.mutate({ ...request, values });
            }
            return table.mutate(request);
          },
          get: async (request) => withoutWords(await table.get(request)),
          getMany: async (request) => (await table.getMany(request)).map(withoutWords),
          query: async (request) => {
            const response = await table.query(request);
            return request.values ? { ...response, result: response.result.map(withoutWords) } : response;
          },
        };
      },
    };
  },
};

/** The record without its stored search words. */
export function withoutWords<T>(record: T): T {
  if (typeof record !== "object" || record === null || !(SEARCH_WORDS in record)) return record;
  const { [SEARCH_WORDS]: _words, ...rest } = record as Record<string, unknown>;
  return rest as T;
}
