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
  /**
   * The import as the side panel makes it: the preview of the picked file, then the owner's confirm
   * commits the same text, which the library does not check again. Each part timed on its own.
   */
  async previewThenImport(text: string) {
    const previewStart = performance.now();
    const preview = await library.previewImport(text);
    const previewMs = performance.now() - previewStart;
    const start = performance.now();
    const result = await library.commitImport(text);
    const ms = performance.now() - start;
    const errors = [preview, result].flatMap((outcome) => (outcome.ok ? [] : outcome.errors.slice(0, 3)));
    return { ms, previewMs, ok: errors.length === 0, errors };
  },
  /**
   * The floor under any import of this pack into IndexedDB here: the same records (10,000 vendors and
   * one review group per vendor) put in one transaction with plain IndexedDB, into a database of its own
   * with no index, no validation, no merge and no search words. JSON.parse is not timed.
   */
  async rawFloor(text: string) {
    const pack = JSON.parse(text) as { vendors: { id: string }[]; reviews: { vendorId: string }[] };
    const groups = new Map<string, unknown[]>();
    for (const review of pack.reviews) {
      const group = groups.get(review.vendorId);
      if (group === undefined) groups.set(review.vendorId, [review]);
      else group.push(review);
    }
    const name = "vendorscout-bench-floor";
    await settle(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore("vendors", { keyPath: "id" });
      open.result.createObjectStore("reviewGroups", { keyPath: "vendorId" });
    };
    const db = (await settle(open)) as IDBDatabase;
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(["vendors", "reviewGroups"], "readwrite");
      const vendors = transaction.objectStore("vendors");
      const reviewGroups = transaction.objectStore("reviewGroups");
      for (const vendor of pack.vendors) vendors.put(vendor);
      for (const [vendorId, reviews] of groups) reviewGroups.put({ vendorId, reviews });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    const ms = performance.now() - start;
    db.close();
    await settle(indexedDB.deleteDatabase(name));
    return { ms, records: pack.vendors.length + groups.size };
  },
  /** The validation step of the import on its own (JSON.parse + the zod pack schema), for the breakdown. */
  parseOnly(text: string) {
    const start = performance.now();
    const result = parseVendorPack(text);
    return { ms: performance.now() - start, ok: result.ok };
  },
  /**
   * One searchVendors call as the side panel makes it (first page of 50), timed in the page. With
   * `afterWrite`, one vendor's notes are changed first (not timed), so the search reads that vendor's
   * part of the index afresh, as the first search after a clip or an edit does.
   */
  async search(filter: Record<string, string>, afterWrite = false) {
    if (afterWrite) {
      const [id] = (await library.db.vendors.limit(1).primaryKeys()) as string[];
      if (id !== undefined) await library.updateVendor(id, { notes: `bench write ${performance.now()}` });
    }
    const start = performance.now();
    const result = await library.searchVendors(filter, 0, 50);
    return { ms: performance.now() - start, total: result.total, page: result.vendors.length };
  },
  /**
   * The first searchVendors of a freshly opened panel: a library of its own over a new connection
   * (opened before the clock starts), so it holds no copy of the search index. With `prepared`, it
   * first reads the index as the panel's list does in idle time once it has shown the library; that
   * read is timed on its own.
   */
  async firstSearch(filter: Record<string, string>, prepared: boolean) {
    const db = new VendorScoutDb();
    await db.open();
    try {
      const fresh = new VendorLibrary(db);
      let prepareMs = 0;
      if (prepared) {
        const before = performance.now();
        await fresh.prepareSearch();
        prepareMs = performance.now() - before;
      }
      const start = performance.now();
      const result = await fresh.searchVendors(filter, 0, 50);
      return { ms: performance.now() - start, prepareMs, total: result.total };
    } finally {
      db.close();
    }
  },
  async clear() {
    await library.clearLibrary();
  },
  async counts() {
    return { vendors: await library.db.vendors.count(), reviews: await library.countReviews() };
  },
});

function settle(request: IDBRequest | IDBOpenDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
