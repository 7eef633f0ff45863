// Runs in Chromium (bundled by run-import-bench.ts): times commitImport on real IndexedDB.
import { buildVendorPack, parseVendorPack } from "../../../shared/schema/vendor-pack";
import { VendorLibrary } from "../library";
import { FIXED_NOW, generateLibrary } from "../library-test-helpers";
import { VendorScoutDb } from "../vendorscout-db";

async function run(): Promise<Record<string, number>> {
  const { vendors, reviews } = generateLibrary(10_000, 5);
  const text = JSON.stringify(
    buildVendorPack({ vendors, reviews, evaluations: [], appVersion: "bench", exportedAt: FIXED_NOW }),
  );
  const db = new VendorScoutDb({ name: `bench-${Date.now()}` });
  const library = new VendorLibrary(db);
  let start = performance.now();
  parseVendorPack(text);
  const parseMs = performance.now() - start;
  const raw = new VendorScoutDb({ name: `raw-${Date.now()}` });
  start = performance.now();
  await raw.transaction("rw", raw.vendors, raw.reviews, async () => {
    await raw.vendors.bulkPut(vendors);
    await raw.reviews.bulkPut(reviews);
  });
  const rawBulkPutMs = performance.now() - start;
  await raw.delete();
  start = performance.now();
  const preview = await library.previewImport(text);
  const previewMs = performance.now() - start;
  start = performance.now();
  const result = await library.commitImport(text);
  const importMs = performance.now() - start;
  if (!result.ok || result.newVendors !== 10_000 || result.newReviews !== 50_000 || !preview.ok) {
    throw new Error(`unexpected result ${JSON.stringify(result)}`);
  }
  start = performance.now();
  const again = await library.commitImport(text);
  const reimportMs = performance.now() - start;
  start = performance.now();
  await library.searchVendors({ text: "gmbh" }, 0, 50);
  const searchTextMs = performance.now() - start;
  start = performance.now();
  await library.searchVendors({}, 5000, 50);
  const searchAllMs = performance.now() - start;
  start = performance.now();
  await library.exportPack();
  const exportMs = performance.now() - start;
  if (!again.ok || again.unchangedVendors !== 10_000) throw new Error("re-import changed vendors");
  await db.delete();
  return {
    bytes: text.length,
    parseMs,
    rawBulkPutMs,
    previewMs,
    importMs,
    reimportMs,
    searchTextMs,
    searchAllMs,
    exportMs,
  };
}

(globalThis as { benchResult?: Promise<Record<string, number>> }).benchResult = run();
