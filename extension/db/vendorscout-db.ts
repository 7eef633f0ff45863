import { Dexie, type DexieOptions, type EntityTable } from "dexie";
import { migrateStoredVendor } from "../../shared/library/migrate-stored-vendor";
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

/** Version 2 (current): `function` + ratings per source, clip history, and a name index for sorting. */
export const VENDORSCOUT_DB_V2_STORES = {
  vendors: "id, &domain, status, function, *tags, updatedAt, name",
  reviews: "id, vendorId, source",
  evaluations: "id",
  clips: "++id, vendorId, url, capturedAt",
  settings: "key",
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
  }
}
