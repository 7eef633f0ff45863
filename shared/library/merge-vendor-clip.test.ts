import { describe, expect, test } from "vitest";
import { type Capture, captureSchema } from "../schema/capture";
import type { CaptureMethod } from "../schema/common";
import { reviewId } from "../schema/review";
import { type Vendor, vendorSchema } from "../schema/vendor";
import { applyOwnerEdit } from "./apply-owner-edit";
import { mergeVendorClip } from "./merge-vendor-clip";

const T0 = "2026-01-01T00:00:00.000Z";
const T1 = "2026-02-01T00:00:00.000Z";
const now = new Date("2026-03-01T00:00:00.000Z");
const ctx = { now, newVendorId: "acme.com" };

function capture(
  vendor: Record<string, unknown>,
  options: { url?: string; at?: string; method?: CaptureMethod; reviews?: unknown[] } = {},
): Capture {
  const url = options.url ?? "https://acme.com/";
  const at = options.at ?? T0;
  const provenance = Object.fromEntries(
    Object.keys(vendor)
      .filter((key) => key !== "domain")
      .map((key) => [key, { url, capturedAt: at, method: options.method ?? "json-ld" }]),
  );
  return captureSchema.parse({
    url,
    capturedAt: at,
    pageKind: "vendor-site",
    vendor: { domain: "acme.com", ...vendor, provenance },
    reviews: options.reviews ?? [],
    warnings: [],
  });
}

const first = () => mergeVendorClip(undefined, capture({ name: "Acme", description: "Payroll" }), ctx).vendor;

describe("mergeVendorClip", () => {
  test("creates a valid vendor with defaults for owner-only fields", () => {
    const result = mergeVendorClip(undefined, capture({ name: "Acme", function: "hr" }), ctx);
    expect(vendorSchema.parse(result.vendor)).toEqual(result.vendor);
    expect(result.vendor).toMatchObject({
      id: "acme.com",
      domain: "acme.com",
      name: "Acme",
      function: "hr",
      status: "researching",
      tags: [],
      notes: "",
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(result.changedFields).toEqual(["name", "function"]);
    expect(result.vendor.provenance.name).toEqual({
      url: "https://acme.com/",
      capturedAt: T0,
      method: "json-ld",
    });
  });

  test("refuses a capture without a domain", () => {
    const c = capture({ name: "Acme" });
    delete c.vendor.domain;
    expect(() => mergeVendorClip(undefined, c, ctx)).toThrow(/which website/);
  });

  test("refuses a new vendor without a name", () => {
    expect(() => mergeVendorClip(undefined, capture({ description: "x" }), ctx)).toThrow(/name/);
  });

  test("fills empty fields of an existing vendor", () => {
    const result = mergeVendorClip(
      first(),
      capture({ timeZone: "Europe/London" }, { method: "heuristic" }),
      ctx,
    );
    expect(result.vendor.timeZone).toBe("Europe/London");
    expect(result.changedFields).toEqual(["timeZone"]);
  });

  test.each([
    // stored layer, incoming layer, same page?, incoming newer?, replaced?
    ["meta", "json-ld", false, false, true],
    ["json-ld", "meta", false, true, false],
    ["json-ld", "json-ld", false, true, false],
    ["json-ld", "heuristic", true, true, true],
    ["json-ld", "heuristic", true, false, false],
    ["heuristic", "selection", false, true, false],
  ] as const)(
    "stored %s vs incoming %s (same page %s, newer %s) replaces: %s",
    (stored, incoming, samePage, newer, replaced) => {
      const base = mergeVendorClip(
        undefined,
        capture({ name: "Acme" }, { method: stored, at: T1 }),
        ctx,
      ).vendor;
      const result = mergeVendorClip(
        base,
        capture(
          { name: "Acme Ltd" },
          {
            method: incoming,
            url: samePage ? "https://acme.com/" : "https://g2.com/acme",
            at: newer ? "2026-02-15T00:00:00.000Z" : T0,
          },
        ),
        ctx,
      );
      expect(result.vendor.name).toBe(replaced ? "Acme Ltd" : "Acme");
      expect(result.changedFields.includes("name")).toBe(replaced);
    },
  );

  test("never overwrites a field the owner edited, even from a better layer of the same page", () => {
    const edited = applyOwnerEdit(first(), { name: "Acme Payroll Ltd" }, now);
    const result = mergeVendorClip(
      edited,
      capture({ name: "Acme" }, { at: "2026-04-01T00:00:00.000Z" }),
      ctx,
    );
    expect(result.vendor.name).toBe("Acme Payroll Ltd");
    expect(result.changedFields).toEqual([]);
  });

  test("an edit to one part of the contacts keeps that part the owner's and leaves the others to clips", () => {
    const clipped = mergeVendorClip(
      undefined,
      capture({ name: "Acme", contacts: { emails: ["sales@acme.com", "old@acme.com"], phones: [] } }),
      ctx,
    ).vendor;
    // The owner removes an address that bounces; the phones and address were never touched.
    const edited = applyOwnerEdit(
      clipped,
      { contacts: { ...clipped.contacts, emails: ["sales@acme.com"] } },
      now,
    );
    expect(edited.provenance["contacts.emails"]?.method).toBe("manual");
    expect(edited.provenance["contacts.phones"]).toBeUndefined();
    expect(edited.provenance.contacts?.method).toBe("json-ld");

    const later = mergeVendorClip(
      edited,
      capture(
        {
          contacts: {
            emails: ["old@acme.com", "help@acme.com"],
            phones: ["+44 20 7946 0000"],
            address: "1 High St",
          },
        },
        { url: "https://acme.com/contact", at: "2026-04-01T00:00:00.000Z" },
      ),
      ctx,
    );
    expect(later.vendor.contacts).toEqual({
      emails: ["sales@acme.com"],
      phones: [{ shown: "+44 20 7946 0000", e164: "+442079460000" }],
      address: "1 High St",
    });
    expect(later.vendor.provenance["contacts.emails"]?.method).toBe("manual");
    expect(later.changedFields).toEqual(["contacts"]);
  });

  test("an emptied part of the contacts stays empty, and a cleared address is not filled again", () => {
    const clipped = mergeVendorClip(
      undefined,
      capture({ name: "Acme", contacts: { emails: [], phones: ["+1 555 0100"], address: "Old St" } }),
      ctx,
    ).vendor;
    const edited = applyOwnerEdit(clipped, { contacts: { emails: [], phones: [] } }, now);
    const later = mergeVendorClip(
      edited,
      capture(
        { contacts: { emails: ["help@acme.com"], phones: ["+1 555 0100"], address: "Old St" } },
        { at: "2026-04-01T00:00:00.000Z" },
      ),
      ctx,
    );
    expect(later.vendor.contacts).toEqual({ emails: ["help@acme.com"], phones: [] });
  });

  test("contacts an older version marked the owner's as a whole take nothing from clips", () => {
    const clipped = mergeVendorClip(
      undefined,
      capture({ name: "Acme", contacts: { emails: ["sales@acme.com"], phones: [] } }),
      ctx,
    ).vendor;
    const legacy: Vendor = {
      ...clipped,
      provenance: { ...clipped.provenance, contacts: { capturedAt: T1, method: "manual" } },
    };
    const later = mergeVendorClip(
      legacy,
      capture({ contacts: { emails: ["help@acme.com"], phones: ["+1 555 0100"] } }, { at: T1 }),
      ctx,
    );
    expect(later.vendor.contacts).toEqual(legacy.contacts);
    expect(later.changedFields).toEqual([]);
  });

  test("never overwrites owner-only fields", () => {
    const edited = applyOwnerEdit(
      first(),
      { status: "shortlisted", tags: ["uk"], notes: "call Ann", criterionRatings: { cost: 4 } },
      now,
    );
    const result = mergeVendorClip(
      edited,
      capture({ name: "Acme", description: "New text" }, { at: "2026-04-01T00:00:00.000Z" }),
      ctx,
    );
    expect(result.vendor).toMatchObject({
      status: "shortlisted",
      tags: ["uk"],
      notes: "call Ann",
      criterionRatings: { cost: 4 },
    });
    expect(result.vendor.description).toBe("New text");
  });

  test("a capture cannot claim manual provenance", () => {
    const result = mergeVendorClip(undefined, capture({ name: "Acme" }, { method: "manual" }), ctx);
    expect(result.vendor.provenance.name?.method).toBe("selection");
  });

  test("one number written nationally on the vendor's site and internationally on a directory is one phone (issue 17)", () => {
    const site = mergeVendorClip(
      undefined,
      capture({
        name: "Acme",
        contacts: { emails: [], phones: [{ shown: "020 7946 0958", e164: "+442079460958" }] },
      }),
      ctx,
    ).vendor;
    const both = mergeVendorClip(
      site,
      capture(
        { contacts: { emails: [], phones: [{ shown: "+44 20 7946 0958", e164: "+442079460958" }] } },
        { url: "https://www.trustpilot.com/review/acme.co.uk", method: "adapter" },
      ),
      ctx,
    ).vendor;
    expect(both.contacts.phones).toEqual([{ shown: "020 7946 0958", e164: "+442079460958" }]);
  });

  test("a number kept without E.164 takes it from a clip that read the same digits, and stays one phone", () => {
    const legacy = mergeVendorClip(
      undefined,
      capture({ name: "Acme", contacts: { emails: [], phones: [{ shown: "0471 80 60 745" }] } }),
      ctx,
    ).vendor;
    const read = mergeVendorClip(
      legacy,
      capture(
        { contacts: { emails: [], phones: [{ shown: "0471 80-60-745", e164: "+494718060745" }] } },
        { url: "https://acme.com/kontakt", at: "2026-04-01T00:00:00.000Z" },
      ),
      ctx,
    ).vendor;
    expect(read.contacts.phones).toEqual([{ shown: "0471 80 60 745", e164: "+494718060745" }]);

    // And the other way round: a later page that names no country writes the number without E.164.
    const again = mergeVendorClip(
      read,
      capture(
        { contacts: { emails: [], phones: [{ shown: "0471 80 60 745" }] } },
        { url: "https://directory.example/acme", at: "2026-05-01T00:00:00.000Z" },
      ),
      ctx,
    ).vendor;
    expect(again.contacts.phones).toEqual([{ shown: "0471 80 60 745", e164: "+494718060745" }]);
  });

  test("merges languages, contacts, certifications and plans without duplicates", () => {
    const base = mergeVendorClip(
      undefined,
      capture({
        name: "Acme",
        languages: ["English"],
        contacts: { emails: ["sales@acme.com"], phones: ["+44 20 7946 0000"] },
        certifications: [{ kind: "ISO 27001", label: "ISO/IEC 27001" }],
        pricing: { plans: [{ name: "Basic", price: 10, currency: "GBP", period: "month" }] },
      }),
      ctx,
    ).vendor;
    const result = mergeVendorClip(
      base,
      capture(
        {
          languages: ["english", "German"],
          contacts: {
            emails: ["SALES@acme.com", "help@acme.com"],
            phones: ["+442079460000"],
            address: "1 High St",
          },
          certifications: [
            { kind: "ISO 27001", label: "ISO 27001" },
            { kind: "SOC 2", label: "SOC 2 Type II" },
          ],
          pricing: {
            plans: [
              { name: "basic", price: 12, currency: "GBP", period: "month" },
              { name: "Pro", price: 30, currency: "GBP", period: "month" },
            ],
          },
        },
        { url: "https://g2.com/acme", method: "microdata" },
      ),
      ctx,
    );
    expect(result.vendor.languages).toEqual(["English", "German"]);
    expect(result.vendor.contacts).toEqual({
      emails: ["sales@acme.com", "help@acme.com"],
      phones: [{ shown: "+44 20 7946 0000", e164: "+442079460000" }],
      address: "1 High St",
    });
    expect(result.vendor.certifications.map((c) => c.kind)).toEqual(["ISO 27001", "SOC 2"]);
    // microdata is a worse layer than json-ld on another page: the Basic price stays, Pro is added.
    expect(result.vendor.pricing.plans.map((p) => [p.name, p.price])).toEqual([
      ["Basic", 10],
      ["Pro", 30],
    ]);
    expect(result.changedFields).toEqual(["languages", "contacts", "certifications", "pricing"]);
  });

  test("a re-clip of the same page refreshes a plan's price", () => {
    const base = mergeVendorClip(
      undefined,
      capture({
        name: "Acme",
        pricing: { plans: [{ name: "Basic", price: 10, currency: "GBP", period: "month" }] },
      }),
      ctx,
    ).vendor;
    const result = mergeVendorClip(
      base,
      capture(
        {
          pricing: {
            model: "monthly",
            plans: [{ name: "Basic", price: 12, currency: "GBP", period: "month" }],
          },
        },
        { at: T1 },
      ),
      ctx,
    );
    expect(result.vendor.pricing).toEqual({
      model: "monthly",
      plans: [{ name: "Basic", price: 12, currency: "GBP", period: "month" }],
    });
  });

  test("keeps one rating per source, the latest", () => {
    const rating = (source: string, value: number, capturedAt: string) => ({
      source,
      value,
      scale: 5,
      capturedAt,
    });
    const base = mergeVendorClip(
      undefined,
      capture({ name: "Acme", ratings: [rating("g2", 4, T1), rating("trustpilot", 3, T0)] }),
      ctx,
    ).vendor;
    const result = mergeVendorClip(
      base,
      capture({
        ratings: [rating("g2", 3.5, T0), rating("trustpilot", 4.2, T1), rating("capterra", 4.8, T1)],
      }),
      ctx,
    );
    expect(result.vendor.ratings.map((r) => [r.source, r.value])).toEqual([
      ["g2", 4],
      ["trustpilot", 4.2],
      ["capterra", 4.8],
    ]);
    expect(result.changedFields).toEqual(["ratings"]);
  });

  test("an identical re-clip changes nothing and keeps updatedAt", () => {
    const base = first();
    const result = mergeVendorClip(base, capture({ name: "Acme", description: "Payroll" }), {
      ...ctx,
      now: new Date("2026-05-01T00:00:00Z"),
    });
    expect(result.vendor).toEqual(base);
    expect(result.changedFields).toEqual([]);
  });

  test("keeps a stored value that has no provenance (it may be the owner's from an older version)", () => {
    const base: Vendor = { ...first(), timeZone: "UTC", provenance: {} };
    const result = mergeVendorClip(base, capture({ timeZone: "Europe/Paris" }), ctx);
    expect(result.vendor.timeZone).toBe("UTC");
  });

  test("sets the domain on a stored vendor that had none", () => {
    const { domain: _unused, ...base } = first();
    expect(mergeVendorClip(base, capture({ name: "Acme" }), ctx).vendor.domain).toBe("acme.com");
  });

  test("reviews get ids from reviewId, once each; invalid ones are skipped", () => {
    const review = {
      source: "g2",
      author: "Ann",
      body: "Great payroll",
      date: "2026-01-02",
      rating: 5,
      quote: { exact: "Great payroll", prefix: "", suffix: "" },
    };
    const result = mergeVendorClip(
      undefined,
      capture({ name: "Acme" }, { reviews: [review, review, { ...review, body: "Too high", rating: 9 }] }),
      ctx,
    );
    expect(result.reviews).toHaveLength(1);
    expect(result.reviews[0]).toMatchObject({
      id: reviewId("acme.com", { ...review, source: "g2" }),
      vendorId: "acme.com",
      capturedAt: T0,
    });
    expect(result.skippedReviews).toBe(1);
  });

  test("throws a sentence when the merged vendor is not valid", () => {
    expect(() =>
      mergeVendorClip(undefined, capture({ name: "Acme" }), { now, newVendorId: "bad id!" }),
    ).toThrow(/not a valid record/);
  });
});
