import { describe, expect, test } from "vitest";
import {
  isVendor,
  migrateVendor,
  VENDOR_SCHEMA_VERSION,
  vendorCandidateSchema,
  vendorSchema,
} from "./vendor";

const now = "2026-11-01T10:00:00.000Z";
const minimal = { id: "brightbooks.com", name: "BrightBooks", createdAt: now, updatedAt: now };

describe("vendorSchema", () => {
  test("fills owner-only defaults for a minimal vendor", () => {
    const vendor = vendorSchema.parse(minimal);
    expect(vendor).toMatchObject({
      status: "researching",
      tags: [],
      notes: "",
      criterionRatings: {},
      languages: [],
      certifications: [],
      ratings: [],
      contacts: { emails: [], phones: [] },
      pricing: { plans: [] },
      provenance: {},
    });
    expect(isVendor(vendor)).toBe(true);
  });

  test("accepts a fully described vendor", () => {
    const vendor = vendorSchema.parse({
      ...minimal,
      website: "https://www.brightbooks.com/",
      domain: "brightbooks.com",
      function: "accounting-payroll",
      description: "Bookkeeping and payroll for small firms.",
      location: { country: "US", region: "OR", city: "Portland" },
      timeZone: "America/Los_Angeles",
      languages: ["English", "Spanish"],
      contacts: {
        emails: ["hello@brightbooks.com"],
        phones: ["+1 503 555 0100"],
        address: "1 Main St, Portland",
      },
      pricing: {
        model: "monthly",
        plans: [{ name: "Starter", price: 199, currency: "USD", period: "month" }],
        setupFee: 0,
      },
      certifications: [{ kind: "SOC 2", label: "SOC 2 Type II" }],
      ratings: [{ source: "trustpilot", value: 4.6, scale: 5, count: 120, capturedAt: now }],
      status: "shortlisted",
      tags: ["payroll"],
      criterionRatings: { cost: 4, security: 5 },
      provenance: { name: { url: "https://www.brightbooks.com/", capturedAt: now, method: "json-ld" } },
    });
    expect(vendor.pricing.plans[0]?.price).toBe(199);
  });

  test.each([
    ["an empty name", { name: "  " }, "name"],
    ["an id with spaces", { id: "bright books" }, "id"],
    ["a javascript: website", { website: "javascript:alert(1)" }, "website"],
    [
      "a lower-case currency",
      { pricing: { plans: [{ name: "A", price: 1, currency: "usd", period: "month" }] } },
      "pricing",
    ],
    [
      "a negative price",
      { pricing: { plans: [{ name: "A", price: -1, currency: "USD", period: "month" }] } },
      "pricing",
    ],
    ["an owner rating of 6", { criterionRatings: { cost: 6 } }, "criterionRatings"],
    ["an unknown status", { status: "maybe" }, "status"],
    ["an unknown certification", { certifications: [{ kind: "ISO 1", label: "ISO 1" }] }, "certifications"],
    ["a bad email", { contacts: { emails: ["not-an-email"], phones: [] } }, "contacts"],
    ["a domain with a path", { domain: "example.com/x" }, "domain"],
  ])("refuses %s", (_label, patch, field) => {
    const result = vendorSchema.safeParse({ ...minimal, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
    expect(isVendor({ ...minimal, ...patch })).toBe(false);
  });

  test("a candidate may lack a name: a page does not always say", () => {
    expect(vendorCandidateSchema.parse({}).name).toBeUndefined();
  });
});

describe("migrateVendor", () => {
  test("the current version is 3", () => {
    expect(VENDOR_SCHEMA_VERSION).toBe(3);
  });

  test("a version-2 vendor's phones are kept as written and read into E.164 for its website's country (issue 17)", () => {
    const v2 = {
      ...minimal,
      website: "https://www.buero-hoppe.de/",
      contacts: { emails: [], phones: ["0471 80 60 745", "+44 20 7946 0958", "Mo-Fr 9-17"] },
    };
    expect(vendorSchema.parse(migrateVendor(v2, 2)).contacts.phones).toEqual([
      { shown: "0471 80 60 745", e164: "+494718060745" },
      { shown: "+44 20 7946 0958", e164: "+442079460958" },
      { shown: "Mo-Fr 9-17" },
    ]);
  });

  test("without a country-code website, a version-2 vendor's national numbers take the country of its international ones", () => {
    const v2 = {
      ...minimal,
      website: "https://acme.com/",
      contacts: { emails: [], phones: ["+49 221 177310 0", "0471 80 60 745"] },
    };
    expect(vendorSchema.parse(migrateVendor(v2, 2)).contacts.phones).toEqual([
      { shown: "+49 221 177310 0", e164: "+492211773100" },
      { shown: "0471 80 60 745", e164: "+494718060745" },
    ]);
    // Alone on a .com site, a national number names no country: it keeps no E.164 rather than a guess.
    const alone = { ...v2, contacts: { emails: [], phones: ["0471 80 60 745"] } };
    expect(vendorSchema.parse(migrateVendor(alone, 2)).contacts.phones).toEqual([
      { shown: "0471 80 60 745" },
    ]);
  });

  test("moves a version-1 category and flat rating into function and ratings per source", () => {
    const v1 = { ...minimal, category: "hr", rating: 4.5, reviewCount: 10 };
    const migrated = vendorSchema.parse(migrateVendor(v1, 1));
    expect(migrated.function).toBe("hr");
    expect(migrated.ratings).toEqual([{ source: "other", value: 4.5, scale: 5, count: 10, capturedAt: now }]);
    expect(migrated).not.toHaveProperty("category");
    expect(migrated).not.toHaveProperty("rating");
  });

  test("a version-1 vendor without rating or count keeps no rating", () => {
    const migrated = migrateVendor({ ...minimal, category: "legal" }, 1);
    expect(migrated).toMatchObject({ function: "legal" });
    expect(migrated).not.toHaveProperty("ratings");
  });

  test("a version-1 rating without a time is dated at the epoch, not today", () => {
    const { updatedAt: _dropped, ...noTime } = { ...minimal, rating: 3 };
    expect(migrateVendor(noTime, 1).ratings).toEqual([
      { source: "other", value: 3, scale: 5, capturedAt: "1970-01-01T00:00:00.000Z" },
    ]);
  });

  test("a current record passes through unchanged", () => {
    const vendor = vendorSchema.parse(minimal);
    expect(migrateVendor(vendor, VENDOR_SCHEMA_VERSION)).toEqual(vendor);
  });
});
