/**
 * One job: the extension's IndexedDB database: its tables, and every version it has had with its
 * upgrade.
 */
import { Dexie, type DexieOptions, type EntityTable, type Transaction } from "dexie";
import { migrateStoredEvaluation } from "../../shared/library/migrate-stored-evaluation";
import { migrateStoredVendor } from "../../shared/library/migrate-stored-vendor";
import { groupReviews, type ReviewGroup } from "../../shared/library/review-group";
import { searchWords } from "../../shared/library/search-words";
import type { Capture } from "../../shared/schema/capture";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import { IMPORT_UNDO_KEY } from "./library-import-undo";
import { SEARCH_INDEX, type SearchIndexRecord, searchIndexMiddleware } from "./search-index";

/** Review groups are the library's, defined with their pure rules in shared/library. */
export { groupReviews, type ReviewGroup };

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

/** The stored-only property that held a vendor's search words in versions 3 to 5. */
export const LEGACY_SEARCH_WORDS = "words";

/**
 * Version 3: a multiEntry index of each vendor's search words (`searchWords`), so a text
 * search reads the vendors whose words start with the query's longest word, not the whole library.
 */
export const VENDORSCOUT_DB_V3_STORES = {
  ...VENDORSCOUT_DB_V2_STORES,
  vendors: `${VENDORSCOUT_DB_V2_STORES.vendors}, *${LEGACY_SEARCH_WORDS}`,
} as const;

/**
 * Version 4: reviews are kept per vendor, one record holding all of a vendor's reviews, in
 * `reviewGroups`. IndexedDB in Chromium pays a fixed cost per request (about 0.2 ms here), so importing
 * 50,000 reviews one record each cost more than everything else in the import together; every read of
 * reviews was per vendor already. The upgrade copies the v3 `reviews` table; version 5 drops it.
 */
export const VENDORSCOUT_DB_V4_STORES = {
  ...VENDORSCOUT_DB_V3_STORES,
  reviewGroups: "vendorId",
} as const;

/** Version 5: the per-review table of versions 1-3 is gone, its records live in reviewGroups. */
export const VENDORSCOUT_DB_V5_STORES = {
  ...VENDORSCOUT_DB_V4_STORES,
  reviews: null,
} as const;

/**
 * Version 6: the search words, status and function move from indexes on every vendor
 * (about 19 index entries each: with Chromium's cost per entry, more than half of a 10,000-vendor
 * import) to `searchIndex`, a few records of many vendors each (shared/library/search-index.ts), kept
 * by `searchIndexMiddleware`; every filter of the side panel is answered from it. The name index
 * stays for the unfiltered list, the domain index for finding a clip's vendor, updatedAt for the
 * recent vendors, and the tag index for the list of tags (few vendors have tags, so it costs an
 * import little). The upgrade takes the old words off every vendor, which writes each one through
 * the middleware and so fills the index.
 */
export const VENDORSCOUT_DB_V6_STORES = {
  ...VENDORSCOUT_DB_V5_STORES,
  vendors: "id, &domain, *tags, updatedAt, name",
  [SEARCH_INDEX]: "bucket",
} as const;

/**
 * Version 7: the stores of version 6. The upgrade brings every evaluation to the current
 * evaluation schema (issue 21): version 1's one in-house figure becomes the breakdown's salaries, and
 * the fields evaluation version 2 added (team size, FX rates, gates, …) get their defaults, so code
 * that reads an evaluation finds every field.
 */
export const VENDORSCOUT_DB_V7_STORES = VENDORSCOUT_DB_V6_STORES;

/**
 * Version 8 (current): the stores of version 7. The upgrade brings every vendor, and every vendor and
 * evaluation the last import's undo would restore, to the current schemas (issue 17): each phone, kept as
 * written until now, is kept as written and in E.164, read for the country of the vendor's website
 * (`migrateVendor`); a number that cannot be read keeps no E.164 rather than a guessed one.
 */
export const VENDORSCOUT_DB_V8_STORES = VENDORSCOUT_DB_V7_STORES;

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
  reviewGroups!: EntityTable<ReviewGroup, "vendorId">;
  searchIndex!: EntityTable<SearchIndexRecord, "bucket">;
  evaluations!: EntityTable<Evaluation, "id">;
  clips!: EntityTable<ClipRecord, "id">;
  settings!: EntityTable<SettingRecord, "key">;

  constructor(options: VendorScoutDbOptions = {}) {
    const { name = VENDORSCOUT_DB_NAME, ...dexieOptions } = options;
    super(name, dexieOptions);
    this.version(1).stores(VENDORSCOUT_DB_V1_STORES);
    this.use(searchIndexMiddleware);
    this.version(2)
      .stores(VENDORSCOUT_DB_V2_STORES)
      .upgrade((tx) => upgradeVendors(tx, 1));
    this.version(3)
      .stores(VENDORSCOUT_DB_V3_STORES)
      .upgrade(async (tx) => {
        await tx
          .table("vendors")
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            record[LEGACY_SEARCH_WORDS] = searchWords(record as unknown as Vendor);
          });
      });
    this.version(4)
      .stores(VENDORSCOUT_DB_V4_STORES)
      .upgrade(async (tx) => {
        const reviews = (await tx.table("reviews").toArray()) as Review[];
        await tx.table("reviewGroups").bulkPut(groupReviews(reviews));
      });
    this.version(5).stores(VENDORSCOUT_DB_V5_STORES);
    this.version(6)
      .stores(VENDORSCOUT_DB_V6_STORES)
      .upgrade(async (tx) => {
        await tx
          .table("vendors")
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            delete record[LEGACY_SEARCH_WORDS];
          });
      });
    this.version(7)
      .stores(VENDORSCOUT_DB_V7_STORES)
      .upgrade((tx) => replaceEach(tx, "evaluations", migrateStoredEvaluation));
    this.version(8)
      .stores(VENDORSCOUT_DB_V8_STORES)
      .upgrade(async (tx) => {
        await upgradeVendors(tx, 2);
        // Version 7 brought the evaluations' table, not the undo record's, to evaluation version 2.
        await upgradeUndoRecords(tx, 2);
      });
  }
}

/**
 * Brings the records the last import's undo would put back to the current schemas: an undo after an
 * upgrade writes them, unchecked, into the upgraded tables, where a phone kept as a bare string would
 * show as nothing and break the next clip's merge, and a version-1 evaluation would lack the fields
 * version 7 gave every other one. A record that cannot be repaired is kept as it was, as in its table.
 */
async function upgradeUndoRecords(tx: Transaction, vendorsFromVersion: number): Promise<void> {
  const settings = tx.table("settings");
  const record = (await settings.get(IMPORT_UNDO_KEY)) as SettingRecord | undefined;
  const undo = record?.value as { vendorsBefore?: unknown; evaluationsBefore?: unknown } | undefined;
  if (!undo || !Array.isArray(undo.vendorsBefore) || !Array.isArray(undo.evaluationsBefore)) return;
  const now = new Date();
  const vendorsBefore = undo.vendorsBefore.map(
    (vendor) => migrateStoredVendor(vendor, vendorsFromVersion, now)?.vendor ?? vendor,
  );
  const evaluationsBefore = undo.evaluationsBefore.map(
    (evaluation) => migrateStoredEvaluation(evaluation) ?? evaluation,
  );
  await settings.put({ key: IMPORT_UNDO_KEY, value: { ...undo, vendorsBefore, evaluationsBefore } });
}

/**
 * Brings every stored vendor from vendor schema version `fromVersion` to the current one
 * (`migrateStoredVendor`).
 */
function upgradeVendors(tx: Transaction, fromVersion: number): Promise<void> {
  const now = new Date();
  return replaceEach(tx, "vendors", (record) => migrateStoredVendor(record, fromVersion, now)?.vendor);
}

/**
 * Replaces each record of `table` with what `migrate` makes of it. A record it cannot repair
 * (`undefined`) is left as it was rather than lost.
 */
async function replaceEach(
  tx: Transaction,
  table: string,
  migrate: (record: Record<string, unknown>) => unknown,
): Promise<void> {
  await tx
    .table(table)
    .toCollection()
    .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
      const migrated = migrate(record);
      if (migrated !== undefined) ref.value = migrated;
    });
}
