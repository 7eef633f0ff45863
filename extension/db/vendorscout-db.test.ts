import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { expect, test } from "vitest";
import { byId } from "../../shared/library/record-order";
import { searchWords } from "../../shared/library/search-words";
import { evaluationSchema } from "../../shared/schema/evaluation";
import { readPhone } from "../../shared/schema/phone";
import { vendorSchema } from "../../shared/schema/vendor";
import { generateLibrary, storedBuckets } from "../../tests/support/library/make-library";
import v1Dump from "../../tests/support/library/vendorscout-v1.json";
import v2Dump from "../../tests/support/library/vendorscout-v2.json";
import v5Dump from "../../tests/support/library/vendorscout-v5.json";
import { IMPORT_UNDO_KEY } from "./library-import-undo";
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
  expect(db.verno).toBe(8);

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
  expect(db.verno).toBe(8);
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
  expect(db.verno).toBe(8);
  // Every record as it was: vendors read back without the stored words, reviews in their vendor's
  // group, the other tables untouched.
  expect(await db.vendors.toArray()).toEqual(v2Dump.tables.vendors.map(withPhonesRead));
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
  expect(db.verno).toBe(8);
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
  expect(db.verno).toBe(8);
  // The words, status and function indexes are gone: the search index answers those filters.
  const vendorIndexes = db.backendDB().transaction("vendors").objectStore("vendors").indexNames;
  expect([...vendorIndexes].sort()).toEqual(["domain", "name", "tags", "updatedAt"]);
  // Every vendor as it was, without the stored words and with its phones in vendor version 3's
  // shape; the other tables untouched.
  const withoutWords = v5Dump.tables.vendors.map(({ words: _words, ...vendor }) => vendor);
  expect(await db.vendors.toArray()).toEqual(withoutWords.map(withPhonesRead));
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
  expect(db.verno).toBe(8);
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

test("opening a version-7 library keeps each phone as written and adds its E.164, read for the website's country (issue 17)", async () => {
  const [stored] = v5Dump.tables.vendors.map(({ words: _words, ...vendor }) => vendor);
  const vendor = (id: string, website: string, phones: string[]) => ({
    ...stored,
    id,
    domain: id,
    website,
    contacts: { emails: [], phones },
  });
  const db = await openedFrom(7, VENDORSCOUT_DB_V6_STORES, {
    vendors: [
      vendor("buero-hoppe.de", "https://www.buero-hoppe.de/", ["0471 80 60 745", "+44 20 7946 0000"]),
      vendor("acme.com", "https://acme.com/", ["020 7946 0958", "(408) 714-1489"]),
    ],
    // The last import's undo would put this vendor back as it was before the import.
    settings: [
      {
        key: IMPORT_UNDO_KEY,
        value: {
          at: "2026-11-01T00:00:00.000Z",
          summary: "0 new vendors, 1 updated, 0 new reviews",
          vendorsBefore: [vendor("buero-hoppe.de", "https://www.buero-hoppe.de/", ["0471 80 60 745"])],
          addedVendorIds: [],
          vendorsWritten: { "buero-hoppe.de": stored?.updatedAt },
          groupsBefore: [],
          addedGroupIds: [],
          evaluationsBefore: [{ ...v5Dump.tables.evaluations[0], id: "eval-v1", inHouseMonthlyCost: 4200 }],
          addedEvaluationIds: [],
          evaluationsWritten: {},
        },
      },
    ],
  });
  expect(db.verno).toBe(8);
  expect((await db.vendors.get("buero-hoppe.de"))?.contacts.phones).toEqual([
    { shown: "0471 80 60 745", e164: "+494718060745" },
    { shown: "+44 20 7946 0000", e164: "+442079460000" },
  ]);
  // A .com site names no country: a national number without its country code keeps no E.164 rather
  // than a guessed one; a number in the North American shape is read as one.
  expect((await db.vendors.get("acme.com"))?.contacts.phones).toEqual([
    { shown: "020 7946 0958" },
    { shown: "(408) 714-1489", e164: "+14087141489" },
  ]);
  for (const upgraded of await db.vendors.where("id").anyOf("buero-hoppe.de", "acme.com").toArray()) {
    expect(vendorSchema.parse(upgraded)).toEqual(upgraded);
  }
  // An undo after the upgrade writes the current shape back, not phones as bare strings.
  const undo = (await db.settings.get(IMPORT_UNDO_KEY))?.value as {
    vendorsBefore: unknown[];
    evaluationsBefore: unknown[];
  };
  expect(undo.vendorsBefore.map((before) => vendorSchema.parse(before).contacts.phones)).toEqual([
    [{ shown: "0471 80 60 745", e164: "+494718060745" }],
  ]);
  expect(vendorSchema.parse(undo.vendorsBefore[0])).toEqual(undo.vendorsBefore[0]);
  // So does an evaluation it would restore that version 7 left in version 1's shape.
  const [evaluation] = undo.evaluationsBefore;
  expect(evaluation).toEqual(evaluationSchema.parse(evaluation));
  expect(evaluation).toMatchObject({ id: "eval-v1", inHouse: { salaries: 4200 } });
  expect(evaluation).not.toHaveProperty("inHouseMonthlyCost");
  db.close();
});

/** A vendor of the test dumps with its phones as vendor version 3 keeps them. */
function withPhonesRead<T extends { contacts: { phones: string[] } }>(vendor: T) {
  return {
    ...vendor,
    contacts: { ...vendor.contacts, phones: vendor.contacts.phones.map((shown) => readPhone(shown)) },
  };
}

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
