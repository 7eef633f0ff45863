import type { DBCore } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { byNameThenId } from "../../shared/library/record-order";
import { SEARCH_BUCKETS, searchEntry } from "../../shared/library/search-index";
import { queryWords, searchWords } from "../../shared/library/search-words";
import type { VendorFilter } from "../../shared/library/vendor-filter";
import type { PipelineStatus } from "../../shared/schema/common";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import {
  FIXED_NOW,
  generateLibrary,
  makeCapture,
  makeLibrary,
  reviewCandidate,
  storedBuckets,
} from "../../tests/support/library/make-library";
import { VendorLibrary } from "./library";
import { SEARCH_INDEX, searchIndexMiddleware, searchMatches } from "./search-index";
import { VendorScoutDb } from "./vendorscout-db";

const FILTERS: VendorFilter[] = [
  { text: "a" },
  { text: "al" },
  { text: "bra" },
  { text: "alpha payroll" },
  { text: "leeds" },
  { text: "note" },
  { text: "zz" },
  { tag: "uk" },
  { tag: "BRAVO" },
  { status: "shortlisted" },
  { function: "hr" },
  { function: "it-support", text: "vendor" },
  { status: "researching", tag: "cheap", text: "a" },
];

/** What a search must find, worked out from every vendor record: ids in name order, then id. */
async function expectedMatches(library: VendorLibrary, filter: VendorFilter): Promise<string[]> {
  const query = queryWords(filter.text ?? "");
  const vendors = await library.db.vendors.toArray();
  return vendors
    .filter((vendor) => {
      const words = searchWords(vendor);
      return (
        query.every((q) => words.some((word) => word.startsWith(q))) &&
        (filter.status === undefined || vendor.status === filter.status) &&
        (filter.function === undefined || vendor.function === filter.function) &&
        (filter.tag === undefined ||
          vendor.tags.some((tag) => tag.toLowerCase() === filter.tag?.toLowerCase()))
      );
    })
    .sort(byNameThenId)
    .map((vendor) => vendor.id);
}

async function foundIds(library: VendorLibrary, filter: VendorFilter): Promise<string[]> {
  const result = await library.searchVendors(filter, 0, 5000);
  expect(result.total).toBe(result.vendors.length);
  return result.vendors.map((vendor) => vendor.id);
}

async function expectIndexInStep(library: VendorLibrary): Promise<void> {
  for (const filter of FILTERS) {
    expect(await foundIds(library, filter), JSON.stringify(filter)).toEqual(
      await expectedMatches(library, filter),
    );
  }
  const vendors = await library.db.vendors.toArray();
  expect(await library.listTags()).toEqual([...new Set(vendors.flatMap((vendor) => vendor.tags))].sort());
  // No bucket is kept empty, and every entry is a vendor that exists, as it is now.
  const buckets = await storedBuckets(library.db);
  const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]));
  for (const bucket of buckets) {
    expect(bucket.entries.size).toBeGreaterThan(0);
    for (const [id, entry] of bucket.entries) {
      const vendor = byId.get(id);
      expect(vendor, id).toBeDefined();
      if (vendor !== undefined) expect(entry).toEqual(searchEntry(vendor));
    }
  }
  expect(buckets.reduce((sum, bucket) => sum + bucket.entries.size, 0)).toBe(byId.size);
}

const NAMES = ["Alpha Payroll", "Bravo IT", "alpha leeds", "Payroll UK", "Charlie"];
const DOMAINS = ["alpha.com", "bravo.io", "leeds.co.uk", "payroll.uk", "charlie.de", "delta.fr"];

type Step =
  | { kind: "clip"; domain: string; name: string }
  | { kind: "edit"; domain: string; notes: string; tags: string[]; status: PipelineStatus }
  | { kind: "note"; domain: string; text: string }
  | { kind: "delete"; domain: string }
  | { kind: "import"; count: number }
  | { kind: "clear" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("clip" as const),
    domain: fc.constantFrom(...DOMAINS),
    name: fc.constantFrom(...NAMES),
  }),
  fc.record({
    kind: fc.constant("edit" as const),
    domain: fc.constantFrom(...DOMAINS),
    notes: fc.constantFrom("", "note from Leeds", "zz top"),
    tags: fc.subarray(["uk", "UK", "cheap", "Bravo"]),
    status: fc.constantFrom("researching" as const, "shortlisted" as const),
  }),
  fc.record({
    kind: fc.constant("note" as const),
    domain: fc.constantFrom(...DOMAINS),
    text: fc.constantFrom("Alpha note", "payroll quote"),
  }),
  fc.record({ kind: fc.constant("delete" as const), domain: fc.constantFrom(...DOMAINS) }),
  fc.record({ kind: fc.constant("import" as const), count: fc.integer({ min: 1, max: 30 }) }),
  fc.constant({ kind: "clear" as const }),
);

async function apply(library: VendorLibrary, next: Step): Promise<void> {
  const known = async (domain: string) => (await library.findVendorByDomain(domain))?.id;
  switch (next.kind) {
    case "clip":
      await library.saveCapture(makeCapture({ domain: next.domain, name: next.name }));
      return;
    case "edit": {
      const id = await known(next.domain);
      if (id !== undefined)
        await library.updateVendor(id, { notes: next.notes, tags: next.tags, status: next.status });
      return;
    }
    case "note": {
      const id = await known(next.domain);
      if (id !== undefined) await library.saveSelectionAsNote(id, next.text, "https://example.com/");
      return;
    }
    case "delete": {
      const id = await known(next.domain);
      if (id !== undefined) await library.deleteVendor(id);
      return;
    }
    case "import": {
      const { vendors, reviews } = generateLibrary(next.count, 1);
      const pack = buildVendorPack({
        vendors,
        reviews,
        evaluations: [],
        appVersion: "0.1.0",
        exportedAt: FIXED_NOW,
      });
      expect((await library.commitImport(JSON.stringify(pack))).ok).toBe(true);
      return;
    }
    case "clear":
      await library.clearLibrary();
      return;
  }
}

describe("the search index follows every write", () => {
  test("after any sequence of clips, edits, notes, deletes, imports and clears, every search and filter finds exactly the matching vendors, in name order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const library = makeLibrary();
        for (const next of steps) {
          await apply(library, next);
          await expectIndexInStep(library);
        }
        library.db.close();
      }),
      { numRuns: 25 },
    );
  });

  test("a write that fails leaves the index as it was", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ domain: "alpha.com", name: "Alpha Payroll" }));
    const before = await storedBuckets(library.db);
    vi.spyOn(library.db.clips, "add").mockImplementation((() =>
      Promise.reject(new DOMException("disk full", "QuotaExceededError"))) as never);
    await expect(
      library.saveCapture(
        makeCapture({ domain: "bravo.io", name: "Bravo Helpdesk", reviews: [reviewCandidate("x")] }),
      ),
    ).rejects.toThrow(/storage for VendorScout is full/);
    expect(await storedBuckets(library.db)).toEqual(before);
    expect(await foundIds(library, { text: "helpdesk" })).toEqual([]);
  });

  test("a bulk write indexes the vendors it stored, not the one it refused", async () => {
    const library = makeLibrary();
    const { vendors } = generateLibrary(3, 0);
    const [first, second, third] = vendors as [(typeof vendors)[0], (typeof vendors)[0], (typeof vendors)[0]];
    // The third takes the first one's domain: the unique domain index refuses it, the other two are stored.
    await expect(
      library.db.vendors.bulkPut([first, second, { ...third, name: "Refused Zebra", domain: first.domain }]),
    ).rejects.toThrow();
    expect(await library.db.vendors.count()).toBe(2);
    await expectIndexInStep(library);
    expect(await foundIds(library, { text: "zebra" })).toEqual([]);
    expect((await foundIds(library, { text: "vendor" })).sort()).toEqual([first.id, second.id].sort());
  });

  test("a ranged delete takes its vendors out of the index", async () => {
    const library = makeLibrary();
    const { vendors } = generateLibrary(40, 0);
    await library.db.vendors.bulkPut(vendors);
    await library.db.vendors.where("id").between("vendor-00010.com", "vendor-00020.com").delete();
    await expectIndexInStep(library);
    expect(await library.db.vendors.count()).toBe(30);
  });

  test("10,000 vendors fill every bucket; a clear empties the index", async () => {
    const library = makeLibrary();
    const { vendors } = generateLibrary(10_000, 0);
    await library.db.vendors.bulkPut(vendors);
    expect(await storedBuckets(library.db)).toHaveLength(SEARCH_BUCKETS);
    expect(
      searchMatches(await storedBuckets(library.db), { words: ["vendor"] }).map((match) => match.id),
    ).toHaveLength(10_000);
    await library.clearLibrary();
    expect(await storedBuckets(library.db)).toEqual([]);
  });

  test("a vendor write in a transaction without the index is refused, not left unindexed", async () => {
    const mutate = vi.fn();
    const down = { table: () => ({ mutate }) } as unknown as DBCore;
    const vendors = searchIndexMiddleware.create(down).table("vendors");
    const trans = { mode: "readwrite", objectStoreNames: { contains: () => false } };
    await expect(vendors.mutate({ type: "put", trans, values: [] } as never)).rejects.toThrow(
      /outside its search index's transaction, so nothing was saved/,
    );
    expect(mutate).not.toHaveBeenCalled();
    // An upgrade step from before the index existed writes vendors without it.
    const upgrade = { mode: "versionchange", objectStoreNames: { contains: () => false } };
    await vendors.mutate({ type: "put", trans: upgrade, values: [] } as never);
    expect(mutate).toHaveBeenCalledOnce();
  });

  test("a read-write transaction over vendors takes the index store in; others are left as asked", () => {
    const transaction = vi.fn();
    const core = searchIndexMiddleware.create({ transaction } as unknown as DBCore);
    core.transaction(["vendors", "clips"], "readwrite");
    core.transaction(["vendors"], "readonly");
    core.transaction(["evaluations"], "readwrite");
    expect(transaction.mock.calls.map((call) => call[0])).toEqual([
      ["vendors", "clips", SEARCH_INDEX],
      ["vendors"],
      ["evaluations"],
    ]);
  });
});

describe("a library's reading of the index", () => {
  /** A library of 500 vendors, and how many buckets of the index it has read since it was filled. */
  async function libraryCountingReads() {
    const library = makeLibrary();
    await library.db.vendors.bulkPut(generateLibrary(500, 0).vendors);
    const reads = vi.spyOn(library.db.searchIndex, "bulkGet");
    const bucketsRead = () => reads.mock.calls.reduce((sum, [keys]) => sum + keys.length, 0);
    return { library, bucketsRead };
  }

  test("searches as the owner types read the index once; after a write, only the bucket it changed", async () => {
    const { library, bucketsRead } = await libraryCountingReads();
    for (const text of ["v", "ve", "ven", "vend"]) {
      expect((await library.searchVendors({ text }, 0, 10)).total).toBe(500);
    }
    expect(bucketsRead()).toBe(SEARCH_BUCKETS);
    await library.updateVendor("vendor-00007.com", { notes: "payroll bureau" });
    expect(await foundIds(library, { text: "bureau" })).toEqual(["vendor-00007.com"]);
    expect(bucketsRead()).toBe(SEARCH_BUCKETS + 1);
    await library.deleteVendor("vendor-00007.com");
    expect(await foundIds(library, { text: "bureau" })).toEqual([]);
    expect(bucketsRead()).toBe(SEARCH_BUCKETS + 2);
  });

  test("a library that prepared its search reads no bucket at its first search; preparing again after a write reads the changed one", async () => {
    const { library, bucketsRead } = await libraryCountingReads();
    await library.prepareSearch();
    expect(bucketsRead()).toBe(SEARCH_BUCKETS);
    expect((await library.searchVendors({ text: "vend" }, 0, 10)).total).toBe(500);
    expect(bucketsRead()).toBe(SEARCH_BUCKETS);
    await library.updateVendor("vendor-00007.com", { notes: "payroll bureau" });
    await library.prepareSearch();
    expect(bucketsRead()).toBe(SEARCH_BUCKETS + 1);
    expect(await foundIds(library, { text: "bureau" })).toEqual(["vendor-00007.com"]);
    expect(bucketsRead()).toBe(SEARCH_BUCKETS + 1);
  });

  test("a write in another context (the background's clip, another panel) is seen by the next search", async () => {
    const indexedDB = new IDBFactory();
    const open = () =>
      new VendorLibrary(new VendorScoutDb({ indexedDB, IDBKeyRange }), { now: () => FIXED_NOW });
    const panel = open();
    const background = open();
    await background.saveCapture(makeCapture({ domain: "alpha.com", name: "Alpha Payroll" }));
    expect(await foundIds(panel, { text: "payroll" })).toEqual(["alpha.com"]);
    await background.saveCapture(makeCapture({ domain: "bravo.io", name: "Bravo Payroll" }));
    expect(await foundIds(panel, { text: "payroll" })).toEqual(["alpha.com", "bravo.io"]);
    // A clear and a write after it: the panel must not take the new index for the one it read.
    await background.clearLibrary();
    expect(await foundIds(panel, { text: "payroll" })).toEqual([]);
    await background.saveCapture(makeCapture({ domain: "charlie.de", name: "Charlie Payroll" }));
    expect(await foundIds(panel, { text: "payroll" })).toEqual(["charlie.de"]);
    await background.deleteVendor("charlie.de");
    expect(await foundIds(panel, { text: "payroll" })).toEqual([]);
  });
});
