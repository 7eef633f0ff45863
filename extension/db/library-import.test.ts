import { describe, expect, test, vi } from "vitest";
import { buildVendorPack, VENDOR_PACK_FORMAT } from "../../shared/schema/vendor-pack";
import {
  FIXED_NOW,
  generateLibrary,
  makeCapture,
  makeLibrary,
  reviewCandidate,
} from "../../tests/support/library/make-library";
import type { VendorLibrary } from "./library";
import { STORAGE_FULL_MESSAGE } from "./storage-errors";
import { groupReviews } from "./vendorscout-db";

/** Counts the pack checks the library makes: a commit of the text just previewed makes none. */
const packChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../shared/schema/vendor-pack", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../shared/schema/vendor-pack")>();
  return {
    ...original,
    parseVendorPack: (text: string) => {
      packChecks.count += 1;
      return original.parseVendorPack(text);
    },
  };
});

/** Commits the text, counting the pack checks the library makes to do it. */
async function commitCountingChecks(library: VendorLibrary, text: string) {
  packChecks.count = 0;
  const result = await library.commitImport(text);
  return { result, checks: packChecks.count };
}

function packText(count: number, reviewsPerVendor: number, evaluationVendorIds: string[] = []): string {
  const { vendors, reviews } = generateLibrary(count, reviewsPerVendor);
  const evaluations =
    evaluationVendorIds.length === 0
      ? []
      : [
          {
            id: "eval-1",
            name: "Payroll",
            function: "accounting-payroll" as const,
            criteria: [
              {
                id: "cost",
                name: "Cost",
                weight: 1,
                direction: "higher-is-better" as const,
                description: "",
              },
            ],
            vendorIds: evaluationVendorIds,
            termMonths: 36,
            createdAt: FIXED_NOW.toISOString(),
            updatedAt: FIXED_NOW.toISOString(),
          },
        ];
  return JSON.stringify(
    buildVendorPack({ vendors, reviews, evaluations, appVersion: "0.1.0", exportedAt: FIXED_NOW }),
  );
}

async function libraryWithClips() {
  const library = makeLibrary();
  await library.saveCapture(makeCapture({ reviews: [reviewCandidate("Great")] }));
  await library.saveCapture(makeCapture({ domain: "vendor-00001.com", name: "Local name" }));
  await library.updateVendor("vendor-00001.com", { name: "Owner's name", status: "contacted" });
  return library;
}

describe("previewImport", () => {
  test("counts what would change and writes nothing", async () => {
    const library = await libraryWithClips();
    const before = await library.exportPack();
    const preview = await library.previewImport(packText(5, 2, ["vendor-00000.com", "vendor-00001.com"]));
    expect(preview).toEqual({
      ok: true,
      newVendors: 4,
      updatedVendors: 1,
      unchangedVendors: 0,
      newReviews: 10,
      evaluations: 1,
      rejected: [],
      changes: [{ vendorId: "vendor-00001.com", name: "Owner's name", fields: expect.any(Array) }],
    });
    expect(await library.exportPack()).toEqual(before);
  });

  test("reports a version-1 pack as migrated", async () => {
    const library = makeLibrary();
    const v1 = {
      format: VENDOR_PACK_FORMAT,
      version: 1,
      exportedAt: FIXED_NOW.toISOString(),
      appVersion: "0.0.9",
      evaluations: [],
      vendors: [
        {
          id: "old.com",
          domain: "old.com",
          name: "Old",
          category: "hr",
          rating: 4,
          createdAt: FIXED_NOW.toISOString(),
          updatedAt: FIXED_NOW.toISOString(),
        },
      ],
      reviews: [],
    };
    expect(await library.commitImport(JSON.stringify(v1))).toMatchObject({
      ok: true,
      newVendors: 1,
      migratedFrom: 1,
    });
    expect(await library.getVendor("old.com")).toMatchObject({ function: "hr", ratings: [{ value: 4 }] });
  });
});

describe("invalid packs write nothing and say why", () => {
  const valid = () =>
    JSON.parse(packText(2, 1)) as Record<string, unknown> & {
      vendors: Record<string, unknown>[];
      reviews: Record<string, unknown>[];
    };
  test.each<[string, () => string, RegExp]>([
    ["invalid JSON", () => "{ not json", /not valid JSON/],
    ["not a pack", () => JSON.stringify({ hello: 1 }), /not a VendorScout vendor pack/],
    [
      "a future version",
      () => JSON.stringify({ ...valid(), version: 99 }),
      /newer VendorScout.*Update VendorScout/,
    ],
    ["no version", () => JSON.stringify({ ...valid(), version: "2" }), /no valid version/],
    [
      "a wrong type",
      () => {
        const p = valid();
        p.vendors[0]!.name = 42;
        return JSON.stringify(p);
      },
      /Vendor 1 has a name that is not valid\./,
    ],
    [
      "a missing field",
      () => {
        const p = valid();
        delete p.vendors[1]!.createdAt;
        return JSON.stringify(p);
      },
      /Vendor 2 .*has no creation date\./,
    ],
    [
      "a duplicate vendor id",
      () => {
        const p = valid();
        p.vendors[1]!.id = p.vendors[0]!.id;
        return JSON.stringify(p);
      },
      /appears twice/,
    ],
    [
      "a review of a missing vendor",
      () => {
        const p = valid();
        p.reviews[0]!.vendorId = "ghost.com";
        return JSON.stringify(p);
      },
      /not in the pack/,
    ],
    [
      "a __proto__ key",
      () => JSON.stringify(valid()).replace('"notes"', '"__proto__":{"polluted":true},"notes"'),
      /"__proto__" key.*nothing was imported/,
    ],
    [
      "a \\u-escaped __proto__ key",
      () => JSON.stringify(valid()).replace('"notes"', '"\\u005f_proto__":{"polluted":true},"notes"'),
      /"__proto__" key/,
    ],
    [
      "a constructor key in criterion ratings",
      () => {
        const p = valid();
        p.vendors[0]!.criterionRatings = { constructor: 3 };
        return JSON.stringify(p);
      },
      /"constructor" key/,
    ],
  ])("%s", async (_name, make, message) => {
    const library = await libraryWithClips();
    const before = await library.exportPack();
    for (const run of [library.previewImport.bind(library), library.commitImport.bind(library)]) {
      const result = await run(make());
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.join("\n")).toMatch(message);
        for (const error of result.errors) expect(error).toMatch(/^\S/);
      }
    }
    expect(await library.exportPack()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("commitImport", () => {
  test("owner edits in the library survive an import; captured gaps fill", async () => {
    const library = await libraryWithClips();
    const result = await library.commitImport(packText(3, 1));
    expect(result).toMatchObject({ ok: true, newVendors: 2, updatedVendors: 1 });
    expect(await library.getVendor("vendor-00001.com")).toMatchObject({
      name: "Owner's name",
      status: "contacted",
      website: "https://vendor-00001.com/",
    });
    // Importing the same pack again changes nothing.
    expect(await library.commitImport(packText(3, 1))).toMatchObject({
      ok: true,
      newVendors: 0,
      updatedVendors: 0,
      unchangedVendors: 3,
      newReviews: 0,
    });
  });

  test("a pack vendor with another id but a known domain merges into the library vendor", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ domain: "vendor-00000.com", name: "Mine" }));
    const pack = JSON.parse(packText(1, 2));
    pack.vendors[0].id = "legacy-id";
    for (const review of pack.reviews) review.vendorId = "legacy-id";
    const result = await library.commitImport(JSON.stringify(pack));
    expect(result).toMatchObject({ ok: true, newVendors: 0, updatedVendors: 1, newReviews: 2 });
    expect(await library.getVendor("legacy-id")).toBeUndefined();
    expect(await library.listReviews("vendor-00000.com")).toHaveLength(2);
  });

  test("two pack vendors claiming one domain: the second is rejected with a reason", async () => {
    const library = makeLibrary();
    const pack = JSON.parse(packText(2, 1));
    pack.vendors[1].domain = pack.vendors[0].domain;
    const result = await library.commitImport(JSON.stringify(pack));
    expect(result).toMatchObject({
      ok: true,
      newVendors: 1,
      newReviews: 1,
      rejected: [{ id: "vendor-00001.com" }],
    });
    if (result.ok) expect(result.rejected[0]?.reason).toMatch(/already has; it was not imported/);
  });

  test("a full disk during the import leaves the library unchanged", async () => {
    const library = await libraryWithClips();
    const before = await library.exportPack();
    vi.spyOn(library.db.reviewGroups, "bulkPut").mockImplementation((() =>
      Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"))) as never);
    const result = await library.commitImport(packText(50, 3, ["vendor-00003.com"]));
    expect(result).toEqual({ ok: false, errors: [STORAGE_FULL_MESSAGE] });
    vi.restoreAllMocks();
    expect(await library.exportPack()).toEqual(before);
  });

  test("any other failure also leaves the library unchanged", async () => {
    const library = await libraryWithClips();
    const before = await library.exportPack();
    vi.spyOn(library.db.evaluations, "bulkPut").mockImplementation((() =>
      Promise.reject(new Error("boom"))) as never);
    const result = await library.commitImport(packText(5, 1, ["vendor-00003.com"]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/nothing was imported \(boom\)/);
    vi.restoreAllMocks();
    expect(await library.exportPack()).toEqual(before);
  });

  test("exporting one evaluation exports only its vendors and their reviews", async () => {
    const library = makeLibrary();
    await library.commitImport(packText(20, 2, ["vendor-00004.com", "vendor-00002.com"]));
    const pack = await library.exportPack({ evaluationId: "eval-1" });
    expect(pack.vendors.map((v) => v.id)).toEqual(["vendor-00002.com", "vendor-00004.com"]);
    expect(pack.reviews.map((r) => r.vendorId)).toEqual([
      "vendor-00002.com",
      "vendor-00002.com",
      "vendor-00004.com",
      "vendor-00004.com",
    ]);
    expect(pack.evaluations.map((e) => e.id)).toEqual(["eval-1"]);
    await expect(library.exportPack({ evaluationId: "nope" })).rejects.toThrow(/no evaluation "nope"/);
  });
});

describe("a commit of the text its preview checked", () => {
  test("does not check the pack again, and imports what the preview counted", async () => {
    const library = makeLibrary();
    const text = packText(5, 2, ["vendor-00002.com"]);
    packChecks.count = 0;
    const preview = await library.previewImport(text);
    expect(preview).toMatchObject({ ok: true, newVendors: 5, newReviews: 10, evaluations: 1 });
    expect(await library.commitImport(text)).toEqual(preview);
    expect(packChecks.count).toBe(1);
    expect(await library.db.vendors.count()).toBe(5);
    expect(await library.countReviews()).toBe(10);
    expect((await library.listEvaluations()).map((evaluation) => evaluation.vendorIds)).toEqual([
      ["vendor-00002.com"],
    ]);
  });

  test("keeps the check for one commit only", async () => {
    const library = makeLibrary();
    const text = packText(3, 1);
    await library.previewImport(text);
    await library.commitImport(text);
    await library.clearLibrary();
    expect(await commitCountingChecks(library, text)).toMatchObject({
      result: { ok: true, newVendors: 3 },
      checks: 1,
    });
  });

  test("plans against the library as it is at the commit, not at the preview", async () => {
    const library = makeLibrary();
    const text = packText(3, 1);
    expect(await library.previewImport(text)).toMatchObject({ ok: true, newVendors: 3 });
    await library.saveCapture(makeCapture({ domain: "vendor-00000.com", name: "Clipped meanwhile" }));
    expect(await library.commitImport(text)).toMatchObject({ ok: true, newVendors: 2, updatedVendors: 1 });
    expect(await library.db.vendors.count()).toBe(3);
    expect(await library.getVendor("vendor-00000.com")).toMatchObject({ name: "Clipped meanwhile" });
  });

  test("a preview the owner left is let go of, and its text checked afresh", async () => {
    const library = makeLibrary();
    const text = packText(3, 1);
    await library.previewImport(text);
    library.discardImportPreview();
    expect(await commitCountingChecks(library, text)).toMatchObject({
      result: { ok: true, newVendors: 3 },
      checks: 1,
    });
  });

  test("a preview whose plan fails keeps nothing for the commit", async () => {
    const library = makeLibrary();
    const text = packText(3, 1);
    vi.spyOn(library.db, "transaction").mockImplementationOnce((() =>
      Promise.reject(new Error("IndexedDB went away"))) as never);
    await expect(library.previewImport(text)).rejects.toThrow("IndexedDB went away");
    vi.restoreAllMocks();
    expect(await commitCountingChecks(library, text)).toMatchObject({
      result: { ok: true, newVendors: 3 },
      checks: 1,
    });
  });

  test("another text, or a text after a failed preview, is checked afresh", async () => {
    const library = await libraryWithClips();
    const before = await library.exportPack();
    const text = packText(3, 1);
    await library.previewImport(text);
    expect(await library.commitImport("{ not json")).toMatchObject({ ok: false });
    expect(await library.exportPack()).toEqual(before);

    await library.previewImport(text);
    expect(await library.previewImport("{ not json")).toMatchObject({ ok: false });
    expect(await commitCountingChecks(library, text)).toMatchObject({
      result: { ok: true, newVendors: 2, updatedVendors: 1 },
      checks: 1,
    });
  });
});

test("round trip: export -> clear -> import of 10,000 vendors deep-equals the first export", async () => {
  const library = makeLibrary();
  const { vendors, reviews } = generateLibrary(10_000, 1);
  await library.db.transaction("rw", library.db.vendors, library.db.reviewGroups, async () => {
    await library.db.vendors.bulkPut(vendors);
    await library.db.reviewGroups.bulkPut(groupReviews(reviews));
  });
  await library.saveEvaluation({
    id: "eval-1",
    name: "Payroll",
    function: "accounting-payroll",
    criteria: [{ id: "cost", name: "Cost", weight: 1 }],
    vendorIds: vendors.filter((_, i) => i % 20 === 0).map((v) => v.id),
  });
  const exported = await library.exportPack();
  expect(exported.vendors).toHaveLength(10_000);
  expect(exported.evaluations[0]?.vendorIds).toHaveLength(500);

  await library.clearLibrary();
  expect(await library.db.vendors.count()).toBe(0);
  const result = await library.commitImport(JSON.stringify(exported));
  expect(result).toEqual({
    ok: true,
    newVendors: 10_000,
    updatedVendors: 0,
    unchangedVendors: 0,
    newReviews: 10_000,
    evaluations: 1,
    rejected: [],
    changes: [],
  });
  expect(await library.exportPack()).toEqual(exported);
}, 60_000);

describe("an import cannot claim the owner's hand, lists what it changes, and can be undone (issue 19, finding 4)", () => {
  /** The finding's pack: another id, the same domain, "manual" provenance on description and website. */
  function hostilePack(): string {
    const pack = JSON.parse(packText(1, 1));
    const manual = { method: "manual", capturedAt: "2026-02-15T00:00:00.000Z" };
    Object.assign(pack.vendors[0], {
      id: "other-id",
      description: "Frozen by a shared pack.",
      website: "https://evil.example/",
      timeZone: "Europe/London",
      provenance: { description: manual, website: manual, timeZone: manual },
    });
    for (const review of pack.reviews) review.vendorId = "other-id";
    return JSON.stringify(pack);
  }

  async function clippedLibrary() {
    const library = makeLibrary();
    await library.saveCapture(
      makeCapture({
        domain: "vendor-00000.com",
        name: "Vendor Zero",
        vendor: { description: "Payroll for small firms.", website: "https://vendor-00000.com/" },
      }),
    );
    return library;
  }

  test("captured values stay, nothing becomes manual, and a later clip still refreshes what the import filled", async () => {
    const library = await clippedLibrary();
    const result = await library.commitImport(hostilePack());
    expect(result).toMatchObject({ ok: true, updatedVendors: 1 });
    const vendor = await library.getVendor("vendor-00000.com");
    expect(vendor).toMatchObject({
      description: "Payroll for small firms.",
      website: "https://vendor-00000.com/",
    });
    expect(vendor?.timeZone).toBe("Europe/London");
    expect(Object.values(vendor?.provenance ?? {}).map((p) => p.method)).not.toContain("manual");
    await library.saveCapture(
      makeCapture({ domain: "vendor-00000.com", name: "Vendor Zero", vendor: { timeZone: "Europe/Dublin" } }),
    );
    expect((await library.getVendor("vendor-00000.com"))?.timeZone).toBe("Europe/Dublin");
  });

  test("the preview lists per vendor the fields that would change, old -> new", async () => {
    const library = await clippedLibrary();
    const preview = await library.previewImport(hostilePack());
    if (!preview.ok) throw new Error(preview.errors.join(" "));
    expect(preview.changes).toEqual([
      {
        vendorId: "vendor-00000.com",
        name: "Vendor Zero",
        fields: expect.arrayContaining([{ field: "timeZone", from: "(empty)", to: "Europe/London" }]),
      },
    ]);
    const fields = preview.changes[0]?.fields.map((change) => change.field) ?? [];
    expect(fields).not.toContain("description");
    expect(fields).not.toContain("website");
  });

  test("one undo takes the import back: added vendors, reviews and changes gone", async () => {
    const library = await clippedLibrary();
    const before = await library.exportPack({});
    expect(await library.lastImport()).toBeUndefined();
    const pack = JSON.parse(packText(3, 2, ["vendor-00001.com"]));
    pack.vendors[0].timeZone = "Europe/London";
    expect(await library.commitImport(JSON.stringify(pack))).toMatchObject({
      ok: true,
      newVendors: 2,
      updatedVendors: 1,
    });
    expect(await library.lastImport()).toMatchObject({ summary: "2 new vendors, 1 updated, 6 new reviews" });
    expect(await library.undoLastImport()).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Undid the import/),
    });
    expect({ ...(await library.exportPack({})), exportedAt: before.exportedAt }).toEqual(before);
    expect(await library.lastImport()).toBeUndefined();
    expect(await library.undoLastImport()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no import to undo/),
    });
  });

  test("an undo that would lose a later change is refused and changes nothing", async () => {
    const library = await clippedLibrary();
    await library.commitImport(packText(2, 0));
    await library.saveCapture(
      makeCapture({ domain: "vendor-00001.com", name: "Vendor One", vendor: { timeZone: "UTC" } }),
    );
    const before = await library.exportPack({});
    expect(await library.undoLastImport()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/changed since it/),
    });
    expect(await library.exportPack({})).toEqual(before);
  });
});

test("the side panel path refuses a pack nested a million deep, and writes nothing (issue 19, finding 5)", async () => {
  const library = makeLibrary();
  const text = packText(2, 1);
  const deep = `${text.slice(0, -1)},"p":${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}}`;
  expect(await library.previewImport(deep)).toEqual({
    ok: false,
    errors: [expect.stringMatching(/more than 64 deep/)],
  });
  expect(await library.commitImport(deep)).toMatchObject({ ok: false });
  expect((await library.exportPack()).vendors).toEqual([]);
});
