import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { expect, test } from "vitest";
import { byId } from "../../shared/library/record-order";
import { searchWords } from "../../shared/library/search-words";
import { evaluationSchema } from "../../shared/schema/evaluation";
import { vendorSchema } from "../../shared/schema/vendor";
import { generateLibrary, storedBuckets } from "../../tests/support/library/make-library";
import v1Dump from "../../tests/support/library/vendorscout-v1.json";
import v2Dump from "../../tests/support/library/vendorscout-v2.json";
import v5Dump from "../../tests/support/library/vendorscout-v5.json";
import { searchMatches } from "./search-index";
import {
  VENDORSCOUT_DB_NAME,
  VENDORSCOUT_DB_V1_STORES,
  VENDORSCOUT_DB_V2_STORES,
  VENDORSCOUT_DB_V3_STORES,
  VENDORSCOUT_DB_V5_STORES,
  VENDORSCOUT_DB_V6_STORES,
  VendorScoutDb,
} from "./vendorscout-db";

/**
 * A library as an older version of the database stored it (the given tables), opened by this version,
 * which upgrades it.
 */
async function openedFrom(
  version: number,
  stores: Record<string, string | null>,
  tables: Record<string, unknown[]>,
): Promise<VendorScoutDb> {
  const indexedDB = new IDBFactory();
  const old = new Dexie(VENDORSCOUT_DB_NAME, { indexedDB, IDBKeyRange });
  old.version(version).stores(stores);
  await old.transaction("rw", old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new VendorScoutDb({ indexedDB, IDBKeyRange });
  await db.open();
  return db;
}

test("opening a version-1 library upgrades every vendor and keeps every record", async () => {
  const db = await openedFrom(1, VENDORSCOUT_DB_V1_STORES, v1Dump.tables);
  expect(db.verno).toBe(7);

  const vendors = await db.vendors.toArray();
  expect(vendors.map((vendor) => vendor.id).sort()).toEqual(
    v1Dump.tables.vendors.map((vendor) => vendor.id).sort(),
  );
  for (const vendor of vendors) {
    expect(vendorSchema.parse(vendor)).toEqual(vendor);
    expect(vendor).not.toHaveProperty("category");
    expect(vendor).not.toHaveProperty("rating");
  }
  const acme = await db.vendors.get("acme-payroll.com");
  expect(acme).toMatchObject({
    function: "accounting-payroll",
    ratings: [{ source: "other", value: 4.6, scale: 5, count: 212, capturedAt: "2025-06-03T10:30:00.000Z" }],
    status: "shortlisted",
    tags: ["uk", "payroll"],
    notes: "Called Ann on Monday.",
    criterionRatings: { cost: 4, security: 5 },
  });
  expect(await db.vendors.get("helpdesk.io")).toMatchObject({ function: "it-support", ratings: [] });
  expect(await db.vendors.get("xn--zrich-hr-p2a.ch")).toMatchObject({
    name: "Zürich HR Partner",
    ratings: [{ source: "other", value: 3.9 }],
  });
  // "bookkeeping" was a 0.0.x category that is no outsourced function now: kept in the notes, not lost.
  const oldBooks = await db.vendors.get("old-books.com");
  expect(oldBooks?.function).toBeUndefined();
  expect(oldBooks?.notes).toBe(
    'Too slow.\nKept from an earlier VendorScout version: function: "bookkeeping"',
  );
  expect(oldBooks?.ratings).toMatchObject([{ value: 4.1, count: 8 }]);

  expect(await storedReviews(db)).toEqual(sortedById(v1Dump.tables.reviews));
  expect(await db.evaluations.toArray()).toEqual(currentShape(v1Dump.tables.evaluations));
  expect(await db.settings.toArray()).toEqual(v1Dump.tables.settings);
  // Version 2 adds the clips table and the name index.
  expect(await db.clips.count()).toBe(0);
  expect((await db.vendors.orderBy("name").toArray()).map((vendor) => vendor.name)).toEqual([
    "Acme Payroll",
    "Helpdesk Heroes",
    "Old Books Ltd",
    "Zürich HR Partner",
  ]);
  db.close();
});

test("a new database starts at the current version, empty", async () => {
  const db = new VendorScoutDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  expect(await db.vendors.count()).toBe(0);
  expect(db.verno).toBe(7);
  expect(db.tables.map((table) => table.name).sort()).toEqual([
    "clips",
    "evaluations",
    "reviewGroups",
    "searchIndex",
    "settings",
    "vendors",
  ]);
  expect(db.name).toBe("vendorscout");
  db.close();
});

test("opening a version-2 library indexes every vendor's search words and keeps every record", async () => {
  const db = await openedFrom(2, VENDORSCOUT_DB_V2_STORES, v2Dump.tables);
  expect(db.verno).toBe(7);
  // Every record as it was: vendors read back without the stored words, reviews in their vendor's
  // group, the other tables untouched.
  expect(await db.vendors.toArray()).toEqual(v2Dump.tables.vendors);
  expect(await storedReviews(db)).toEqual(sortedById(v2Dump.tables.reviews));
  for (const table of ["clips", "settings"] as const) {
    expect(await db.table(table).toArray()).toEqual(v2Dump.tables[table]);
  }
  expect(await db.evaluations.toArray()).toEqual(currentShape(v2Dump.tables.evaluations));
  // The upgrades filled the index: each vendor is found by each of its words.
  const buckets = await storedBuckets(db);
  for (const vendor of v2Dump.tables.vendors) {
    for (const word of searchWords(vendorSchema.parse(vendor))) {
      expect(
        searchMatches(buckets, { words: [word] }).map((match) => match.id),
        word,
      ).toContain(vendor.id);
    }
  }
  expect(searchMatches(buckets, { words: ["leed"] }).map((match) => match.id)).toEqual(["brightbooks.co.uk"]);
  db.close();
});

test("opening a version-3 library moves every review into its vendor's group and drops the old table", async () => {
  const { vendors, reviews } = generateLibrary(20, 3);
  // Stored in reverse, so the groups' order comes from the upgrade, not from the insertion order.
  const db = await openedFrom(3, VENDORSCOUT_DB_V3_STORES, { vendors, reviews: [...reviews].reverse() });
  expect(db.verno).toBe(7);
  expect([...db.backendDB().objectStoreNames]).not.toContain("reviews");
  expect(await db.reviewGroups.count()).toBe(20);
  for (const group of await db.reviewGroups.toArray()) {
    expect(group.reviews.map((review) => review.id)).toEqual(
      sortedById(reviews.filter((review) => review.vendorId === group.vendorId)).map((review) => review.id),
    );
  }
  expect(await storedReviews(db)).toEqual(sortedById(reviews));
  db.close();
});

test("opening a version-5 library moves the search words off the vendors into the search index", async () => {
  const db = await openedFrom(5, VENDORSCOUT_DB_V5_STORES, v5Dump.tables);
  expect(db.verno).toBe(7);
  // The words, status and function indexes are gone: the search index answers those filters.
  const vendorIndexes = db.backendDB().transaction("vendors").objectStore("vendors").indexNames;
  expect([...vendorIndexes].sort()).toEqual(["domain", "name", "tags", "updatedAt"]);
  // Every vendor as it was, without the stored words; the other tables untouched.
  const withoutWords = v5Dump.tables.vendors.map(({ words: _words, ...vendor }) => vendor);
  expect(await db.vendors.toArray()).toEqual(withoutWords);
  for (const table of ["reviewGroups", "clips", "settings"] as const) {
    expect(await db.table(table).toArray()).toEqual(v5Dump.tables[table]);
  }
  expect(await db.evaluations.toArray()).toEqual(currentShape(v5Dump.tables.evaluations));
  // Each vendor is found by the start of each word it was indexed under before.
  const buckets = await storedBuckets(db);
  for (const vendor of v5Dump.tables.vendors) {
    for (const word of vendor.words) {
      expect(
        searchMatches(buckets, { words: [word.slice(0, 3)] }).map((match) => match.id),
        word,
      ).toContain(vendor.id);
    }
  }
  expect(searchMatches(buckets, { words: ["leed"] }).map((match) => match.id)).toEqual(["brightbooks.co.uk"]);
  db.close();
});

test("opening a version-6 library brings a version-1 evaluation to the current shape and keeps one it cannot read (issue 21)", async () => {
  const [stored] = v5Dump.tables.evaluations;
  const v1Evaluation = { ...stored, id: "eval-v1", inHouseMonthlyCost: 4200 };
  const unreadable = { id: "eval-broken", name: "No criteria", criteria: [] };
  const db = await openedFrom(6, VENDORSCOUT_DB_V6_STORES, { evaluations: [v1Evaluation, unreadable] });
  expect(db.verno).toBe(7);
  const upgraded = await db.evaluations.get("eval-v1");
  expect(upgraded).toEqual(evaluationSchema.parse(upgraded));
  expect(upgraded).not.toHaveProperty("inHouseMonthlyCost");
  expect(upgraded).toMatchObject({
    inHouse: {
      salaries: 4200,
      benefitsPct: 0,
      toolsAndSoftware: 0,
      spaceAndEquipment: 0,
      recruitingAndTurnover: 0,
    },
    teamSize: 1,
    fxRates: [],
    gates: [],
    vendorCosts: {},
    ownerHours: "09:00-17:00",
    vendorIds: stored?.vendorIds,
  });
  expect(await db.evaluations.get("eval-broken")).toEqual(unreadable);
  db.close();
});

/** Evaluations as the version-7 upgrade stores them: in the current schema, defaults filled. */
function currentShape(evaluations: readonly unknown[]): unknown[] {
  return evaluations.map((evaluation) => evaluationSchema.parse(evaluation));
}

/** Every review in the database's review groups, each group's vendor checked, in id order. */
async function storedReviews(db: VendorScoutDb): Promise<unknown[]> {
  const groups = await db.reviewGroups.toArray();
  for (const group of groups) {
    for (const review of group.reviews) expect(review.vendorId).toBe(group.vendorId);
  }
  return sortedById(groups.flatMap((group) => group.reviews));
}

function sortedById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort(byId);
}
