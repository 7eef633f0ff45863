/**
 * Bundled by the library measurement (esbuild, IIFE) and evaluated in a page of the loaded extension, so
 * it opens the extension's own IndexedDB database exactly as the side panel does (VendorLibrary over
 * VendorScoutDb) and times commitImport there. Bench-only: the extension itself exposes nothing new.
 */
import "./zod-jitless";
import { VendorLibrary } from "../../../extension/db/library";
import { VendorScoutDb } from "../../../extension/db/vendorscout-db";
import { parseVendorPack } from "../../../shared/schema/vendor-pack";

const library = new VendorLibrary(new VendorScoutDb());

Reflect.set(globalThis, "__vendorScoutLibraryBench", {
  async importPack(text: string) {
    const start = performance.now();
    const result = await library.commitImport(text);
    const ms = performance.now() - start;
    return { ms, ok: result.ok, errors: result.ok ? [] : result.errors.slice(0, 3) };
  },
  /** The validation step of the import on its own (JSON.parse + the zod pack schema), for the breakdown. */
  parseOnly(text: string) {
    const start = performance.now();
    const result = parseVendorPack(text);
    return { ms: performance.now() - start, ok: result.ok };
  },
  /** One searchVendors call as the side panel makes it (first page of 50), timed in the page. */
  async search(filter: Record<string, string>) {
    const start = performance.now();
    const result = await library.searchVendors(filter, 0, 50);
    return { ms: performance.now() - start, total: result.total, page: result.vendors.length };
  },
  async clear() {
    await library.clearLibrary();
  },
  async counts() {
    return { vendors: await library.db.vendors.count(), reviews: await library.countReviews() };
  },
});
