/**
 * Bundled by tests/e2e/db-upgrade.test.ts and evaluated in a page of the loaded extension: stores a
 * library as version 3 kept it (one record per review, search words on each vendor), then opens it with
 * the current VendorScoutDb, so the upgrade runs on Chromium's own IndexedDB.
 */
// First: zod must not probe eval in an extension page (see the file).
import "../../bench/browser/zod-jitless";
import { Dexie } from "dexie";
import { VendorLibrary } from "../../../extension/db/library";
import {
  LEGACY_SEARCH_WORDS,
  VENDORSCOUT_DB_V3_STORES,
  VendorScoutDb,
} from "../../../extension/db/vendorscout-db";
import { searchWords } from "../../../shared/library/search-words";
import { generateLibrary } from "../../support/library/make-library";

Reflect.set(globalThis, "__vendorScoutUpgrade", async (name: string, vendorCount: number) => {
  const { vendors, reviews } = generateLibrary(vendorCount, 3);
  const v3 = new Dexie(name);
  v3.version(3).stores(VENDORSCOUT_DB_V3_STORES);
  await v3.transaction("rw", v3.table("vendors"), v3.table("reviews"), async () => {
    await v3
      .table("vendors")
      .bulkAdd(vendors.map((vendor) => ({ ...vendor, [LEGACY_SEARCH_WORDS]: searchWords(vendor) })));
    // The last vendor has no reviews: it must get no review group.
    await v3.table("reviews").bulkAdd(reviews.filter((review) => review.vendorId !== vendors.at(-1)?.id));
  });
  v3.close();

  const db = new VendorScoutDb({ name });
  const library = new VendorLibrary(db);
  await db.open();
  const stores = [...db.backendDB().objectStoreNames].sort();
  const perVendor = await Promise.all(
    vendors.map(async (vendor) => (await library.listReviews(vendor.id)).map((review) => review.id)),
  );
  const expected = vendors.map((vendor) =>
    reviews
      .filter((review) => review.vendorId === vendor.id && vendor.id !== vendors.at(-1)?.id)
      .map((review) => review.id)
      .sort(),
  );
  const exported = await library.exportPack();
  const result = {
    version: db.verno,
    stores,
    groups: await db.reviewGroups.count(),
    reviews: await library.countReviews(),
    storedReviews: reviews.length - 3,
    perVendorMatches: perVendor.every(
      (ids, index) => JSON.stringify(ids) === JSON.stringify(expected[index]),
    ),
    exportedReviewsEqual:
      JSON.stringify(exported.reviews) ===
      JSON.stringify(
        reviews
          .filter((review) => review.vendorId !== vendors.at(-1)?.id)
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      ),
    searchFinds: (await library.searchVendors({ text: vendors[7]?.domain ?? "" }, 0, 5)).vendors.map(
      (v) => v.id,
    ),
    searchWanted: vendors[7]?.id,
  };
  db.close();
  await Dexie.delete(name);
  return result;
});
