import { describe, expect, test } from "vitest";
import { makeEvaluation, makeReview, makeVendor } from "../../tests/support/bridge/records";
import { reviewId } from "../schema/review";
import type { Vendor } from "../schema/vendor";
import { buildVendorPack, type VendorPack } from "../schema/vendor-pack";
import {
  type PackImportSnapshot,
  packImportReads,
  planPackImport,
  summarizePackImport,
} from "./plan-pack-import";
import type { ReviewGroup } from "./review-group";

const now = new Date("2026-12-01T10:00:00.000Z");
const NOW = now.toISOString();

function pack(parts: Partial<Pick<VendorPack, "vendors" | "reviews" | "evaluations">>): VendorPack {
  return buildVendorPack({
    vendors: parts.vendors ?? [],
    reviews: parts.reviews ?? [],
    evaluations: parts.evaluations ?? [],
    appVersion: "0.1.0-test",
    exportedAt: now,
  });
}

/** The snapshot an adapter would read for `incoming` from a library holding `vendors`, `groups`, `evaluations`. */
function snapshotOf(
  incoming: VendorPack,
  library: { vendors?: Vendor[]; groups?: ReviewGroup[]; evaluations?: ReturnType<typeof makeEvaluation>[] },
): PackImportSnapshot {
  const vendors = library.vendors ?? [];
  const ids = new Set(packImportReads(incoming).vendorIds);
  const vendorsById = new Map(vendors.filter((v) => ids.has(v.id)).map((v) => [v.id, v]));
  const domains = new Set(packImportReads(incoming, vendorsById).domains);
  const vendorsByDomain = new Map(
    vendors.flatMap((v) => (v.domain !== undefined && domains.has(v.domain) ? [[v.domain, v] as const] : [])),
  );
  const groupIds = new Set(packImportReads(incoming, vendorsById, vendorsByDomain).reviewGroupIds);
  return {
    vendorsById,
    vendorsByDomain,
    reviewGroups: new Map(
      (library.groups ?? []).filter((g) => groupIds.has(g.vendorId)).map((g) => [g.vendorId, g]),
    ),
    evaluations: new Map((library.evaluations ?? []).map((e) => [e.id, e])),
  };
}

const empty: PackImportSnapshot = {
  vendorsById: new Map(),
  vendorsByDomain: new Map(),
  reviewGroups: new Map(),
  evaluations: new Map(),
};

describe("planPackImport into an empty library", () => {
  test("adds every vendor under its pack id, its reviews as one group, and the evaluation", () => {
    const incoming = pack({
      vendors: [makeVendor(1), makeVendor(2)],
      reviews: [makeReview("vendor-1", 2), makeReview("vendor-1", 1)],
      evaluations: [makeEvaluation(["vendor-1", "vendor-2"])],
    });
    const plan = planPackImport(empty, incoming, now);
    expect(plan.add.vendors.map((v) => v.id)).toEqual(["vendor-1", "vendor-2"]);
    expect(plan.add.reviewGroups).toEqual([
      { vendorId: "vendor-1", reviews: [makeReview("vendor-1", 1), makeReview("vendor-1", 2)] },
    ]);
    expect(plan.add.evaluations.map((e) => e.vendorIds)).toEqual([["vendor-1", "vendor-2"]]);
    expect(plan.update).toEqual({ vendors: [], reviewGroups: [], evaluations: [] });
    expect(plan.newReviews).toBe(2);
    expect(plan.refused).toEqual([]);
    expect([...plan.vendorIds]).toEqual([
      ["vendor-1", "vendor-1"],
      ["vendor-2", "vendor-2"],
    ]);
  });

  test("a pack's 'manual' provenance and future capture times become the import's (issue 19 finding 4)", () => {
    const claimed = makeVendor(1, {
      provenance: {
        name: { capturedAt: "2099-01-01T00:00:00.000Z", method: "manual" },
        website: {
          url: "https://vendor-1.example.com/",
          capturedAt: "2026-01-01T00:00:00.000Z",
          method: "json-ld",
        },
      },
    });
    const [added] = planPackImport(empty, pack({ vendors: [claimed] }), now).add.vendors;
    expect(added?.provenance.name).toEqual({ capturedAt: NOW, method: "import" });
    expect(added?.provenance.website?.method).toBe("json-ld");
  });

  test("two pack vendors with one domain: the second is refused with its reviews, the evaluation keeps the first", () => {
    const twin = makeVendor(2, { domain: "vendor-1.example.com", name: "Twin" });
    const incoming = pack({
      vendors: [makeVendor(1), twin],
      reviews: [makeReview("vendor-2", 1)],
      evaluations: [makeEvaluation(["vendor-1", "vendor-2"])],
    });
    const plan = planPackImport(empty, incoming, now);
    expect(plan.add.vendors.map((v) => v.id)).toEqual(["vendor-1"]);
    expect(plan.refused).toEqual([
      {
        id: "vendor-2",
        reason: expect.stringMatching(
          /^Vendor "Twin" has the website domain vendor-1\.example\.com, .*Merge the two by hand/,
        ),
      },
    ]);
    expect(plan.add.reviewGroups).toEqual([]);
    expect(plan.add.evaluations[0]?.vendorIds).toEqual(["vendor-1"]);
  });
});

describe("planPackImport into a library that has some of it", () => {
  test("a vendor with a library id is updated, only adding, and the preview lists each field old -> new", () => {
    const stored = makeVendor(1, { name: "Vendor One (owner's)", notes: "" });
    const incoming = pack({ vendors: [makeVendor(1, { notes: "Call Ann", tags: ["uk"] })] });
    const plan = planPackImport(snapshotOf(incoming, { vendors: [stored] }), incoming, now);
    expect(plan.add.vendors).toEqual([]);
    const [update] = plan.update.vendors;
    expect(update?.before).toBe(stored);
    expect(update?.after).toMatchObject({
      name: "Vendor One (owner's)",
      notes: "Call Ann",
      tags: ["uk"],
      updatedAt: NOW,
    });
    expect(update?.fields).toEqual([
      { field: "tags", from: "(empty)", to: '["uk"]' },
      { field: "notes", from: "(empty)", to: "Call Ann" },
    ]);
  });

  test("a vendor the library has as it is counts as unchanged and is written nowhere", () => {
    const incoming = pack({ vendors: [makeVendor(1)], reviews: [makeReview("vendor-1", 1)] });
    const library = {
      vendors: [makeVendor(1)],
      groups: [{ vendorId: "vendor-1", reviews: [makeReview("vendor-1", 1)] }],
    };
    const plan = planPackImport(snapshotOf(incoming, library), incoming, now);
    expect(plan.unchangedVendors).toBe(1);
    expect(plan.add).toEqual({ vendors: [], reviewGroups: [], evaluations: [] });
    expect(plan.update).toEqual({ vendors: [], reviewGroups: [], evaluations: [] });
    expect(plan.newReviews).toBe(0);
  });

  test("a pack vendor with another id but a library vendor's domain lands on that vendor; reviews and evaluations follow", () => {
    const stored = makeVendor(7, { domain: "acme.example", website: "https://acme.example/" });
    const packAcme = makeVendor(1, {
      domain: "acme.example",
      website: "https://acme.example/",
      notes: "from pack",
    });
    const review = makeReview("vendor-1", 3);
    const incoming = pack({
      vendors: [packAcme],
      reviews: [review],
      evaluations: [makeEvaluation(["vendor-1"])],
    });
    const snapshot = snapshotOf(incoming, {
      vendors: [stored],
      groups: [{ vendorId: "vendor-7", reviews: [makeReview("vendor-7", 1)] }],
    });
    expect(packImportReads(incoming, snapshot.vendorsById, snapshot.vendorsByDomain).reviewGroupIds).toEqual([
      "vendor-7",
    ]);
    const plan = planPackImport(snapshot, incoming, now);
    expect(plan.vendorIds.get("vendor-1")).toBe("vendor-7");
    expect(plan.update.vendors.map((u) => u.after.id)).toEqual(["vendor-7"]);
    const moved = { ...review, vendorId: "vendor-7", id: reviewId("vendor-7", review) };
    expect(plan.update.reviewGroups).toEqual([
      {
        before: { vendorId: "vendor-7", reviews: [makeReview("vendor-7", 1)] },
        after: {
          vendorId: "vendor-7",
          reviews: [makeReview("vendor-7", 1), moved].sort((a, b) => (a.id < b.id ? -1 : 1)),
        },
      },
    ]);
    expect(plan.add.evaluations[0]?.vendorIds).toEqual(["vendor-7"]);
  });

  test("a library vendor without a domain is refused the pack's domain when another library vendor holds it", () => {
    const { domain: _none, ...bare } = makeVendor(1);
    const stored = { ...bare } as Vendor;
    const holder = makeVendor(9, { domain: "vendor-1.example.com" });
    const incoming = pack({ vendors: [makeVendor(1)] });
    const snapshot = snapshotOf(incoming, { vendors: [stored, holder] });
    expect(packImportReads(incoming, snapshot.vendorsById).domains).toEqual(["vendor-1.example.com"]);
    const plan = planPackImport(snapshot, incoming, now);
    expect(plan.refused.map((r) => r.id)).toEqual(["vendor-1"]);
    expect(plan.update.vendors).toEqual([]);
    expect(plan.vendorIds.has("vendor-1")).toBe(false);
  });

  test("an evaluation the library has keeps the owner's criteria and gains the pack's vendors", () => {
    const owners = makeEvaluation(["vendor-5"], {
      name: "Owner's name",
      updatedAt: "2026-11-02T00:00:00.000Z",
    });
    const incoming = pack({
      vendors: [makeVendor(1)],
      evaluations: [makeEvaluation(["vendor-1"], { name: "Pack's name" })],
    });
    const plan = planPackImport(snapshotOf(incoming, { evaluations: [owners] }), incoming, now);
    expect(plan.update.evaluations).toEqual([
      { before: owners, after: { ...owners, vendorIds: ["vendor-5", "vendor-1"], updatedAt: NOW } },
    ]);
    expect(plan.add.evaluations).toEqual([]);
  });

  test("an evaluation whose vendors the library lists already is not updated", () => {
    const owners = makeEvaluation(["vendor-1"]);
    const incoming = pack({ vendors: [makeVendor(1)], evaluations: [makeEvaluation(["vendor-1"])] });
    const plan = planPackImport(
      snapshotOf(incoming, { vendors: [makeVendor(1)], evaluations: [owners] }),
      incoming,
      now,
    );
    expect(plan.update.evaluations).toEqual([]);
  });
});

describe("summarizePackImport", () => {
  test("counts every kind and lists the changed fields of the first `listed` updated vendors by library name", () => {
    const stored = [1, 2, 3].map((i) => makeVendor(i, { name: `Library ${i}` }));
    const incoming = pack({
      vendors: [1, 2, 3, 4].map((i) => makeVendor(i, { notes: `note ${i}` })),
      reviews: [makeReview("vendor-4", 1)],
      evaluations: [makeEvaluation(["vendor-4"])],
    });
    const summary = summarizePackImport(
      planPackImport(snapshotOf(incoming, { vendors: stored }), incoming, now),
      2,
    );
    expect(summary).toMatchObject({
      newVendors: 1,
      updatedVendors: 3,
      unchangedVendors: 0,
      newReviews: 1,
      evaluations: 1,
      rejected: [],
    });
    expect(summary.changes).toEqual([
      {
        vendorId: "vendor-1",
        name: "Library 1",
        fields: [{ field: "notes", from: "(empty)", to: "note 1" }],
      },
      {
        vendorId: "vendor-2",
        name: "Library 2",
        fields: [{ field: "notes", from: "(empty)", to: "note 2" }],
      },
    ]);
  });
});
