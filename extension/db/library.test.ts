import { describe, expect, test, vi } from "vitest";
import { applyOwnerEdit } from "../../shared/library/apply-owner-edit";
import { reviewId } from "../../shared/schema/review";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import { makeVendor } from "../../tests/support/bridge/records";
import {
  FIXED_NOW,
  makeCapture,
  makeLibrary,
  reviewCandidate,
} from "../../tests/support/library/make-library";

const evaluationInput = (vendorIds: string[] = [], id = "eval-1") => ({
  id,
  name: "Payroll 2026",
  function: "accounting-payroll" as const,
  criteria: [{ id: "cost", name: "Cost", weight: 1 }],
  vendorIds,
});

describe("saveCapture", () => {
  test("creates a vendor, its reviews and a clip history row", async () => {
    const library = makeLibrary();
    const result = await library.saveCapture(
      makeCapture({
        reviews: [reviewCandidate("Great"), reviewCandidate("Great"), reviewCandidate("Fine", "Bob")],
      }),
    );
    expect(result).toMatchObject({ created: true, newReviews: 2, vendor: { id: "acme.com", name: "Acme" } });
    expect(await library.listReviews("acme.com")).toHaveLength(2);
    const history = await library.clipHistory("acme.com");
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      vendorId: "acme.com",
      url: "https://acme.com/",
      capturedAt: "2026-02-01T00:00:00.000Z",
    });
    expect(history[0]?.capture.vendor.name).toBe("Acme");
  });

  test("a second clip merges, stores duplicate reviews once and keeps both clips in history", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ reviews: [reviewCandidate("Great")] }));
    const second = await library.saveCapture(
      makeCapture({
        url: "https://www.g2.com/products/acme/reviews",
        capturedAt: "2026-02-02T00:00:00.000Z",
        vendor: { languages: ["German"] },
        reviews: [reviewCandidate("Great"), reviewCandidate("New one")],
      }),
    );
    expect(second).toMatchObject({ created: false, newReviews: 1, changedFields: ["languages"] });
    expect((await library.listReviews("acme.com")).map((r) => r.id).sort()).toEqual(
      [
        reviewId("acme.com", { ...reviewCandidate("Great"), source: "g2" }),
        reviewId("acme.com", { ...reviewCandidate("New one"), source: "g2" }),
      ].sort(),
    );
    expect((await library.clipHistory("acme.com")).map((clip) => clip.url)).toEqual([
      "https://acme.com/",
      "https://www.g2.com/products/acme/reviews",
    ]);
  });

  test("owner edits survive a re-clip of the same page", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({}));
    await library.updateVendor("acme.com", { name: "Acme Payroll (mine)", status: "shortlisted" });
    const again = await library.saveCapture(
      makeCapture({ capturedAt: "2026-04-01T00:00:00.000Z", name: "ACME Inc" }),
    );
    expect(again.vendor).toMatchObject({ name: "Acme Payroll (mine)", status: "shortlisted" });
  });

  test("owner-edited price plans, certifications, logo and ratings survive a re-clip that has others", async () => {
    const library = makeLibrary();
    await library.saveCapture(
      makeCapture({
        vendor: {
          pricing: { plans: [{ name: "Basic", price: 10, currency: "USD", period: "month" }] },
          certifications: [{ kind: "ISO 9001", label: "ISO 9001" }],
          ratings: [{ source: "g2", value: 3, scale: 5, capturedAt: "2026-02-01T00:00:00.000Z" }],
        },
      }),
    );
    const mine = {
      pricing: {
        plans: [{ name: "Negotiated", price: 8, currency: "USD" as const, period: "month" as const }],
      },
      certifications: [{ kind: "SOC 2" as const, label: "SOC 2 Type II (seen the report)" }],
      logo: "https://acme.com/brand/logo.svg",
      ratings: [
        { source: "g2" as const, value: 4.5, scale: 5, count: 80, capturedAt: "2026-02-02T00:00:00.000Z" },
      ],
    };
    await library.updateVendor("acme.com", mine);
    const again = await library.saveCapture(
      makeCapture({
        capturedAt: "2026-04-01T00:00:00.000Z",
        vendor: {
          pricing: { plans: [{ name: "Pro", price: 99, currency: "USD", period: "month" }] },
          certifications: [{ kind: "HIPAA", label: "HIPAA" }],
          logo: "https://acme.com/other-logo.png",
          ratings: [{ source: "g2", value: 2, scale: 5, capturedAt: "2026-04-01T00:00:00.000Z" }],
        },
      }),
    );
    expect(again.vendor).toMatchObject(mine);
  });

  test("after the owner corrects a vendor's e-mails, a later clip still adds its phones, stored and found", async () => {
    const library = makeLibrary();
    await library.saveCapture(
      makeCapture({ vendor: { contacts: { emails: ["old@acme.com", "sales@acme.com"], phones: [] } } }),
    );
    await library.updateVendor("acme.com", { contacts: { emails: ["sales@acme.com"], phones: [] } });
    const again = await library.saveCapture(
      makeCapture({
        capturedAt: "2026-04-01T00:00:00.000Z",
        vendor: { contacts: { emails: ["old@acme.com"], phones: ["+44 20 7946 0000"] } },
      }),
    );
    expect(again.vendor.contacts).toEqual({
      emails: ["sales@acme.com"],
      phones: [{ shown: "+44 20 7946 0000", e164: "+442079460000" }],
    });
    expect((await library.getVendor("acme.com"))?.contacts).toEqual(again.vendor.contacts);
  });

  test.each([
    [{ domain: "" }, /which website/],
    [{ name: "" }, /name/],
  ])("refuses %j with a sentence and writes nothing", async (overrides, message) => {
    const library = makeLibrary();
    await expect(library.saveCapture(makeCapture(overrides))).rejects.toThrow(message);
    expect(await library.db.vendors.count()).toBe(0);
    expect(await library.db.clips.count()).toBe(0);
  });

  test("refuses a malformed capture", async () => {
    const library = makeLibrary();
    await expect(library.saveCapture({ url: "javascript:1" } as never)).rejects.toThrow(/could not be read/);
  });

  test("a failing write leaves nothing half-written", async () => {
    const library = makeLibrary();
    vi.spyOn(library.db.clips, "add").mockImplementation((() =>
      Promise.reject(new DOMException("disk full", "QuotaExceededError"))) as never);
    await expect(library.saveCapture(makeCapture({ reviews: [reviewCandidate("x")] }))).rejects.toThrow(
      /storage for VendorScout is full/,
    );
    expect(await library.db.vendors.count()).toBe(0);
    expect(await library.countReviews()).toBe(0);
  });
});

describe("owner actions", () => {
  test("selection as review is stored once; as note appends source and date", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({}));
    const review = await library.saveSelectionAsReview("acme.com", {
      ...reviewCandidate("Picked text"),
      source: "other",
    });
    const again = await library.saveSelectionAsReview("acme.com", {
      ...reviewCandidate("Picked text"),
      source: "other",
    });
    expect(again).toEqual(review);
    expect(await library.listReviews("acme.com")).toHaveLength(1);
    await library.saveSelectionAsNote("acme.com", " first ", "https://acme.com/about");
    const vendor = await library.saveSelectionAsNote("acme.com", "second", "https://acme.com/pricing");
    expect(vendor.notes).toBe(
      "first\n— https://acme.com/about (2026-03-01)\n\nsecond\n— https://acme.com/pricing (2026-03-01)",
    );
    await expect(library.saveSelectionAsNote("acme.com", "x", "file:///etc/passwd")).rejects.toThrow(
      /web pages/,
    );
    await expect(library.saveSelectionAsNote("acme.com", "  ", "https://a.com/")).rejects.toThrow(/empty/);
    await expect(library.saveSelectionAsNote("nope.com", "x", "https://a.com/")).rejects.toThrow(
      /no vendor "nope.com"/,
    );
    await expect(library.saveSelectionAsReview("acme.com", { body: 1 } as never)).rejects.toThrow(
      /could not be saved/,
    );
  });

  test("updateVendor names the bad field; rateVendor sets and clears", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({}));
    await expect(library.updateVendor("acme.com", { website: "ftp://x" })).rejects.toThrow(
      /website is not valid/,
    );
    expect((await library.rateVendor("acme.com", "cost", 4)).criterionRatings).toEqual({ cost: 4 });
    expect((await library.rateVendor("acme.com", "cost", null)).criterionRatings).toEqual({});
    await expect(library.rateVendor("acme.com", "cost", 7)).rejects.toThrow(/between 1 and 5/);
  });

  test("findVendorByDomain ignores case and spaces", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ domain: "acme.co.uk" }));
    expect((await library.findVendorByDomain(" ACME.co.uk"))?.id).toBe("acme.co.uk");
    expect(await library.findVendorByDomain("other.co.uk")).toBeUndefined();
  });

  test("recentVendors: the vendors clipped or changed last, newest first", async () => {
    let now = new Date("2026-03-01T00:00:00.000Z");
    const library = makeLibrary(() => now);
    for (const domain of ["a.com", "b.com", "c.com"]) {
      now = new Date(now.getTime() + 60_000);
      await library.saveCapture(makeCapture({ domain, name: domain.toUpperCase() }));
    }
    now = new Date(now.getTime() + 60_000);
    await library.updateVendor("a.com", { notes: "called" });
    expect(await library.recentVendors(2)).toEqual([
      { id: "a.com", name: "A.COM" },
      { id: "c.com", name: "C.COM" },
    ]);
  });

  test("deleteVendor removes its reviews, clips and evaluation membership", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ reviews: [reviewCandidate("x")] }));
    await library.saveCapture(makeCapture({ domain: "beta.com", name: "Beta" }));
    await library.saveEvaluation(evaluationInput(["acme.com", "beta.com", "ghost.com"]));
    expect((await library.getEvaluation("eval-1"))?.vendorIds).toEqual(["acme.com", "beta.com"]);
    await library.deleteVendor("acme.com");
    expect(await library.getVendor("acme.com")).toBeUndefined();
    expect(await library.listReviews("acme.com")).toEqual([]);
    expect(await library.clipHistory("acme.com")).toEqual([]);
    expect((await library.getEvaluation("eval-1"))?.vendorIds).toEqual(["beta.com"]);
  });

  test("evaluations: save, add, remove, list, delete", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({}));
    await library.saveCapture(makeCapture({ domain: "beta.com", name: "Beta" }));
    await library.saveEvaluation(evaluationInput([], "eval-2"));
    await library.saveEvaluation({ ...evaluationInput([]), name: "A first" });
    expect((await library.listEvaluations()).map((e) => e.id)).toEqual(["eval-1", "eval-2"]);
    expect(
      (await library.addToEvaluation("eval-1", ["beta.com", "acme.com", "beta.com", "ghost.com"])).vendorIds,
    ).toEqual(["beta.com", "acme.com"]);
    expect((await library.removeFromEvaluation("eval-1", ["beta.com"])).vendorIds).toEqual(["acme.com"]);
    await library.deleteEvaluation("eval-2");
    expect(await library.getEvaluation("eval-2")).toBeUndefined();
    await expect(library.addToEvaluation("eval-2", ["acme.com"])).rejects.toThrow(/no evaluation "eval-2"/);
    await expect(library.saveEvaluation({ ...evaluationInput(), criteria: [] })).rejects.toThrow(/criteria/);
  });
});

describe("searchVendors and paging", () => {
  async function seeded() {
    const library = makeLibrary();
    const rows = [
      ["alpha.com", "Alpha", "hr"],
      ["bravo.com", "bravo", "it-support"],
      ["charlie.com", "Charlie", "hr"],
      ["delta.com", "Delta", "marketing"],
    ] as const;
    for (const [domain, name, fn] of rows) {
      await library.saveCapture(makeCapture({ domain, name, vendor: { function: fn } }));
    }
    await library.updateVendor("charlie.com", { status: "shortlisted", tags: ["UK"] });
    await library.updateVendor("alpha.com", { tags: ["uk", "cheap"] });
    await library.saveEvaluation(evaluationInput(["delta.com", "alpha.com"]));
    return library;
  }
  test.each([
    [{}, ["Alpha", "Charlie", "Delta", "bravo"]],
    [{ function: "hr" }, ["Alpha", "Charlie"]],
    [{ status: "shortlisted" }, ["Charlie"]],
    [{ tag: "uk" }, ["Alpha", "Charlie"]],
    // Text: every word must start one of the vendor's words (name, site, tags, notes, ...), any case.
    [{ text: "BRA" }, ["bravo"]],
    [{ text: "rav" }, []],
    [{ text: "bravo.com" }, ["bravo"]],
    [{ text: "uk" }, ["Alpha", "Charlie"]],
    [{ text: "uk chea" }, ["Alpha"]],
    [{ text: "uk", status: "shortlisted" }, ["Charlie"]],
    [{ text: "com", evaluationId: "eval-1" }, ["Alpha", "Delta"]],
    [{ text: " , " }, ["Alpha", "Charlie", "Delta", "bravo"]],
    [{ evaluationId: "eval-1" }, ["Alpha", "Delta"]],
    [{ function: "hr", tag: "cheap" }, ["Alpha"]],
  ] as const)("%j", async (filter, names) => {
    const library = await seeded();
    const result = await library.searchVendors(filter, 0, 10);
    expect(result.vendors.map((v) => v.name)).toEqual(names);
    expect(result.total).toBe(names.length);
  });
  test("a text search pages through its matches in name order", async () => {
    const library = await seeded();
    await library.updateVendor("delta.com", { notes: "Zürich office, very responsive" });
    expect(await library.searchVendors({ text: "zurich" }, 0, 10)).toMatchObject({
      total: 1,
      vendors: [{ name: "Delta" }],
    });
    expect(await library.searchVendors({ text: "com" }, 1, 2)).toMatchObject({
      total: 4,
      vendors: [{ name: "Charlie" }, { name: "Delta" }],
    });
  });
  test("a search matching hundreds of vendors pages them in name order from the index", async () => {
    const library = makeLibrary();
    // 700 vendors, more than are sorted in memory; names in an order unlike their ids.
    const vendors = Array.from({ length: 700 }, (_, i) =>
      makeVendor(i, {
        name: `${String.fromCharCode(97 + ((i * 7) % 26))} Payroll ${i % 3 === 0 ? "Leeds" : "York"}`,
      }),
    );
    const pack = buildVendorPack({
      vendors,
      reviews: [],
      evaluations: [],
      appVersion: "0.1.0",
      exportedAt: FIXED_NOW,
    });
    expect((await library.commitImport(JSON.stringify(pack))).ok).toBe(true);
    const expected = vendors
      .filter((v) => v.name.endsWith("York"))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    const page = await library.searchVendors({ text: "payroll yor" }, 300, 7);
    expect(page.total).toBe(expected.length);
    expect(page.vendors.map((v) => v.id)).toEqual(expected.slice(300, 307).map((v) => v.id));
    expect(page.vendors[0]).toEqual(expected[300]);
  });
  test("the words follow every change: an edit, a re-clip and a delete", async () => {
    const library = await seeded();
    await library.updateVendor("bravo.com", { name: "Bravo Helpdesk" });
    expect((await library.searchVendors({ text: "helpd" }, 0, 10)).vendors.map((v) => v.id)).toEqual([
      "bravo.com",
    ]);
    await library.saveCapture(
      makeCapture({ domain: "charlie.com", name: "Charlie", vendor: { description: "Payroll bureau" } }),
    );
    expect((await library.searchVendors({ text: "bureau" }, 0, 10)).total).toBe(1);
    await library.deleteVendor("charlie.com");
    expect((await library.searchVendors({ text: "bureau" }, 0, 10)).total).toBe(0);
    // What a read returns is a Vendor: the stored words stay inside the database.
    expect(await library.getVendor("bravo.com")).not.toHaveProperty("words");
    expect((await library.searchVendors({ text: "helpd" }, 0, 10)).vendors[0]).not.toHaveProperty("words");
  });
  test("offset and limit window the sorted result", async () => {
    const library = await seeded();
    expect(await library.searchVendors({}, 1, 2)).toMatchObject({
      total: 4,
      vendors: [{ name: "Charlie" }, { name: "Delta" }],
    });
    expect((await library.searchVendors({ function: "hr" }, 1, 5)).vendors.map((v) => v.name)).toEqual([
      "Charlie",
    ]);
    await expect(library.searchVendors({}, -1, 5)).rejects.toThrow(/page size/);
  });
  test("pageVendors and pageReviews walk every record once by id", async () => {
    const library = await seeded();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { vendors: { id: string }[]; nextCursor: string | null } = await library.pageVendors(
        null,
        cursor,
        3,
      );
      seen.push(...page.vendors.map((v) => v.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(["alpha.com", "bravo.com", "charlie.com", "delta.com"]);
    expect(await library.pageVendors("eval-1", null, 1)).toMatchObject({
      vendors: [{ id: "alpha.com" }],
      nextCursor: "alpha.com",
    });
    expect(await library.pageVendors("eval-1", "alpha.com", 1)).toMatchObject({
      vendors: [{ id: "delta.com" }],
      nextCursor: null,
    });

    for (const [i, domain] of ["alpha.com", "bravo.com", "charlie.com"].entries()) {
      await library.saveSelectionAsReview(domain, { ...reviewCandidate(`text ${i}`), source: "other" });
      await library.saveSelectionAsReview(domain, { ...reviewCandidate(`more ${i}`), source: "other" });
    }
    // Pages run in vendor id order, then review id order within a vendor.
    const groups = await library.db.reviewGroups.toArray();
    const all = groups.flatMap((group) => group.reviews.map((r) => r.id));
    const walk = async (vendorIds: string[]) => {
      const ids: string[] = [];
      let next: string | null = null;
      do {
        const page: { reviews: { id: string }[]; nextCursor: string | null } = await library.pageReviews(
          vendorIds,
          next,
          2,
        );
        ids.push(...page.reviews.map((r) => r.id));
        next = page.nextCursor;
      } while (next !== null);
      return ids;
    };
    expect(await walk(["alpha.com", "bravo.com", "charlie.com"])).toEqual(all);
    const manyIds = ["alpha.com", "bravo.com", ...Array.from({ length: 300 }, (_, i) => `x${i}.com`)];
    const expected = groups
      .filter((group) => group.vendorId !== "charlie.com")
      .flatMap((group) => group.reviews.map((r) => r.id));
    expect(await walk(manyIds)).toEqual(expected);
    expect(await library.pageReviews([], null, 5)).toEqual({ reviews: [], nextCursor: null });
    // The cursor names the last review's vendor and id; one the library never gave is refused plainly.
    const first = await library.pageReviews(["alpha.com", "bravo.com"], null, 3);
    const last = first.reviews[2];
    expect(first.nextCursor).toBe(`${last?.vendorId}/${last?.id}`);
    await expect(library.pageReviews(["alpha.com"], "alpha.com", 2)).rejects.toThrow(
      /cursor "alpha.com" is not one the library gave out\. Start the pull again/,
    );
  });
});

test("clock and app version come from the options", async () => {
  const library = makeLibrary();
  const pack = await library.exportPack();
  expect(pack).toMatchObject({ appVersion: "0.1.0-test", exportedAt: FIXED_NOW.toISOString(), vendors: [] });
  expect(applyOwnerEdit).toBeTypeOf("function");
});

describe("delete can be undone (issue 19, finding 10)", () => {
  test("restoreDeletedVendor puts back the vendor, its reviews, clips and evaluation places", async () => {
    const library = makeLibrary();
    await library.saveCapture(
      makeCapture({ domain: "acme.com", name: "Acme", reviews: [reviewCandidate("Great")] }),
    );
    await library.saveEvaluation({
      id: "eval-1",
      name: "Payroll",
      function: "accounting-payroll",
      criteria: [{ id: "cost", name: "Cost", weight: 1, direction: "higher-is-better", description: "" }],
      vendorIds: ["acme.com"],
      termMonths: 36,
    });
    const before = await library.exportPack({});
    const history = await library.clipHistory("acme.com");
    const deleted = await library.deleteVendor("acme.com");
    expect(await library.getVendor("acme.com")).toBeUndefined();
    if (deleted === undefined) throw new Error("the delete returned nothing to undo");
    await library.restoreDeletedVendor(deleted);
    const after = await library.exportPack({});
    expect(after.vendors).toEqual(before.vendors);
    expect(after.reviews).toEqual(before.reviews);
    expect(after.evaluations[0]?.vendorIds).toEqual(["acme.com"]);
    expect(await library.clipHistory("acme.com")).toEqual(history);
  });

  test("a vendor clipped again since the delete is not overwritten by the undo", async () => {
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ domain: "acme.com", name: "Acme" }));
    const deleted = await library.deleteVendor("acme.com");
    await library.saveCapture(makeCapture({ domain: "acme.com", name: "Acme again" }));
    if (deleted === undefined) throw new Error("the delete returned nothing to undo");
    await expect(library.restoreDeletedVendor(deleted)).rejects.toThrow(/cannot be put back/);
    expect((await library.getVendor("acme.com"))?.name).toBe("Acme again");
  });
});
