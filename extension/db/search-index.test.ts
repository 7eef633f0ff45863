import type { DBCore } from "dexie";
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { SEARCH_BUCKETS } from "../../shared/library/search-index";
import { queryWords, searchWords } from "../../shared/library/search-words";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import type { VendorLibrary } from "./library";
import {
  FIXED_NOW,
  generateLibrary,
  makeCapture,
  makeLibrary,
  reviewCandidate,
} from "./library-test-helpers";
import { SEARCH_INDEX, searchIndexMiddleware, vendorIdsMatching } from "./search-index";

const QUERIES = ["a", "al", "bra", "payroll", "leeds", "uk", "alpha payroll", "note", "zz"];

/** What a text search must find: every vendor one of whose words starts each query word. */
async function expectedMatches(library: VendorLibrary, text: string): Promise<string[]> {
  const query = queryWords(text);
  const vendors = await library.db.vendors.toArray();
  return vendors
    .filter((vendor) => {
      const words = searchWords(vendor);
      return query.every((q) => words.some((word) => word.startsWith(q)));
    })
    .map((vendor) => vendor.id)
    .sort();
}

async function foundIds(library: VendorLibrary, text: string): Promise<string[]> {
  const result = await library.searchVendors({ text }, 0, 5000);
  expect(result.total).toBe(result.vendors.length);
  return result.vendors.map((vendor) => vendor.id).sort();
}

async function expectIndexInStep(library: VendorLibrary): Promise<void> {
  for (const text of QUERIES)
    expect(await foundIds(library, text), text).toEqual(await expectedMatches(library, text));
  // No bucket is kept empty, and every entry is a vendor that exists.
  const buckets = await library.db.searchIndex.toArray();
  const ids = new Set((await library.db.vendors.toCollection().primaryKeys()) as string[]);
  for (const bucket of buckets) {
    expect(bucket.entries.size).toBeGreaterThan(0);
    for (const id of bucket.entries.keys()) expect(ids.has(id), id).toBe(true);
  }
  expect(buckets.reduce((sum, bucket) => sum + bucket.entries.size, 0)).toBe(ids.size);
}

const NAMES = ["Alpha Payroll", "Bravo IT", "alpha leeds", "Payroll UK", "Charlie"];
const DOMAINS = ["alpha.com", "bravo.io", "leeds.co.uk", "payroll.uk", "charlie.de", "delta.fr"];

type Step =
  | { kind: "clip"; domain: string; name: string }
  | { kind: "edit"; domain: string; notes: string; tags: string[] }
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
    tags: fc.subarray(["uk", "cheap", "Bravo"]),
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
      if (id !== undefined) await library.updateVendor(id, { notes: next.notes, tags: next.tags });
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
  test("after any sequence of clips, edits, notes, deletes, imports and clears, a search finds exactly the vendors whose words match", async () => {
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
    const before = await library.db.searchIndex.toArray();
    vi.spyOn(library.db.clips, "add").mockImplementation((() =>
      Promise.reject(new DOMException("disk full", "QuotaExceededError"))) as never);
    await expect(
      library.saveCapture(
        makeCapture({ domain: "bravo.io", name: "Bravo Helpdesk", reviews: [reviewCandidate("x")] }),
      ),
    ).rejects.toThrow(/storage for VendorScout is full/);
    expect(await library.db.searchIndex.toArray()).toEqual(before);
    expect(await foundIds(library, "helpdesk")).toEqual([]);
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
    expect(await foundIds(library, "zebra")).toEqual([]);
    expect(await foundIds(library, "vendor")).toEqual([first.id, second.id].sort());
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
    expect(await library.db.searchIndex.count()).toBe(SEARCH_BUCKETS);
    expect([...vendorIdsMatching(await library.db.searchIndex.toArray(), ["vendor"])]).toHaveLength(10_000);
    await library.clearLibrary();
    expect(await library.db.searchIndex.count()).toBe(0);
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
