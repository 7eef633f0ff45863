import { describe, expect, test } from "vitest";
import { type Vendor, vendorSchema } from "../schema/vendor";
import { applyOwnerEdit } from "./apply-owner-edit";
import { layerRank } from "./field-merge-rules";
import { asImportedVendor, mergeImportedVendor } from "./merge-imported-vendor";
import { migrateStoredVendor } from "./migrate-stored-vendor";
import { sameValue } from "./same-value";
import { vendorIdForDomain } from "./vendor-id-for-domain";

const T0 = "2026-01-01T00:00:00.000Z";
const now = new Date("2026-03-01T00:00:00.000Z");
const vendor: Vendor = vendorSchema.parse({
  id: "acme.com",
  domain: "acme.com",
  name: "Acme",
  website: "https://acme.com/",
  provenance: { name: { url: "https://acme.com/", capturedAt: T0, method: "json-ld" } },
  createdAt: T0,
  updatedAt: T0,
});

describe("applyOwnerEdit", () => {
  test("marks changed captured fields manual and bumps updatedAt", () => {
    const edited = applyOwnerEdit(vendor, { name: "Acme Ltd", status: "contacted" }, now);
    expect(edited).toMatchObject({ name: "Acme Ltd", status: "contacted", updatedAt: now.toISOString() });
    expect(edited.provenance.name).toEqual({ capturedAt: now.toISOString(), method: "manual" });
    expect(edited.provenance.status).toBeUndefined();
  });
  test("returns the same vendor when nothing changes", () => {
    expect(applyOwnerEdit(vendor, { name: "Acme" }, now)).toBe(vendor);
  });
  test("clearing an optional field removes it and marks it manual", () => {
    const edited = applyOwnerEdit(vendor, { website: undefined }, now);
    expect("website" in edited).toBe(false);
    expect(edited.provenance.website?.method).toBe("manual");
  });
  test.each([
    [{ website: "javascript:alert(1)" }, /website is not valid.*http\(s\) URL.*Correct the website/],
    [{ name: "" }, /name is not valid/],
    [{ criterionRatings: { cost: 9 } }, /criterionRatings is not valid/],
    [{ id: "other.com" }, /"id" cannot be edited/],
    [{ provenance: {} }, /"provenance" cannot be edited/],
    [
      { ratings: [{ source: "g2", value: 9, scale: 0, capturedAt: T0 }] },
      /ratings is not valid: rating 1, scale: must be above 0\. Correct the ratings/,
    ],
    [
      { pricing: { plans: [{ name: "Pro", price: -1, currency: "usd", period: "month" }] } },
      /pricing is not valid: price plan 1, price: must be 0 or more; price plan 1, currency: must be a 3-letter ISO currency code\./,
    ],
    [
      { pricing: { plans: [], setupFee: Number.NaN } },
      /pricing is not valid: setup fee: must be a number, such as 500\./,
    ],
    [
      { contacts: { emails: ["ann@acme.com", "not an address"], phones: [] } },
      /contacts is not valid: email 2: /,
    ],
    [
      { contacts: { emails: [], phones: [{ shown: "0471 80 60 745" }, { shown: "1".repeat(41) }] } },
      /contacts is not valid: phone 2, number: Too big/,
    ],
    [{ logo: "data:image/png;base64,AAAA" }, /logo is not valid/],
    [JSON.parse('{"__proto__": {"polluted": true}}'), /"__proto__" cannot be edited/],
  ])("refuses %j", (patch, message) => {
    expect(() => applyOwnerEdit(vendor, patch, now)).toThrow(message);
  });
  test("ratings, price plans, certifications and the logo are the owner's once edited", () => {
    const edited = applyOwnerEdit(
      vendor,
      {
        ratings: [{ source: "g2", value: 4.2, scale: 5, count: 12, capturedAt: T0 }],
        pricing: { plans: [{ name: "Pro", price: 49, currency: "USD", period: "month", perSeat: true }] },
        certifications: [{ kind: "SOC 2", label: "SOC 2 Type II" }],
        logo: "https://acme.com/logo.png",
      },
      now,
    );
    for (const field of ["ratings", "pricing", "certifications", "logo"]) {
      expect(edited.provenance[field]).toEqual({ capturedAt: now.toISOString(), method: "manual" });
    }
    expect(edited.ratings).toEqual([{ source: "g2", value: 4.2, scale: 5, count: 12, capturedAt: T0 }]);
  });
  test("refuses a patch that is not an object", () => {
    expect(() => applyOwnerEdit(vendor, null as never, now)).toThrow(/not a set of fields/);
  });
});

describe("mergeImportedVendor", () => {
  test("a library owner edit is never overwritten by the pack", () => {
    const library = applyOwnerEdit(vendor, { name: "My Acme" }, now);
    const pack = {
      ...vendor,
      name: "Acme Pack",
      provenance: { name: { capturedAt: T0, method: "json-ld" as const } },
    };
    expect(mergeImportedVendor(library, pack, now).vendor.name).toBe("My Acme");
  });
  test("a pack claiming the owner's hand replaces nothing and never becomes manual here (issue 19, finding 4)", () => {
    const library = {
      ...vendor,
      description: "Payroll for small firms.",
      provenance: {
        ...vendor.provenance,
        website: { url: "https://acme.com/", capturedAt: T0, method: "json-ld" as const },
        description: { url: "https://acme.com/", capturedAt: T0, method: "json-ld" as const },
      },
    };
    const manual = { capturedAt: "2099-01-01T00:00:00.000Z", method: "manual" as const };
    const pack = {
      ...vendor,
      id: "other-id",
      website: "https://evil.example/",
      description: "Frozen by a pack.",
      timeZone: "Europe/London",
      provenance: { website: manual, description: manual, timeZone: manual },
    };
    const merged = mergeImportedVendor(library, pack, now).vendor;
    expect(merged.website).toBe("https://acme.com/");
    expect(merged.description).toBe("Payroll for small firms.");
    expect(merged.provenance.description?.method).toBe("json-ld");
    // An empty field is filled, as an import's, dated no later than the import.
    expect(merged.timeZone).toBe("Europe/London");
    expect(merged.provenance.timeZone).toEqual({ capturedAt: now.toISOString(), method: "import" });
    expect(Object.values(merged.provenance).map((p) => p.method)).not.toContain("manual");
  });

  test("a pack claiming a newer clip of the same page does not replace the clipped value", () => {
    const library = {
      ...vendor,
      description: "Clipped.",
      provenance: { description: { url: "https://acme.com/", capturedAt: T0, method: "meta" as const } },
    };
    const pack = {
      ...vendor,
      description: "Forged.",
      provenance: {
        description: {
          url: "https://acme.com/",
          capturedAt: "2026-02-01T00:00:00.000Z",
          method: "json-ld" as const,
        },
      },
    };
    expect(mergeImportedVendor(library, pack, now).vendor.description).toBe("Clipped.");
  });

  test("a pack adds ratings only from sources the library has none of", () => {
    const rating = (source: "g2" | "trustpilot", value: number) => ({
      source,
      value,
      scale: 5,
      count: 999,
      url: "https://example.com/",
      capturedAt: T0,
    });
    const library = { ...vendor, ratings: [rating("trustpilot", 4.5)] };
    const pack = { ...vendor, ratings: [rating("trustpilot", 1), rating("g2", 3)] };
    const merged = mergeImportedVendor(library, pack, now).vendor;
    expect(merged.ratings.map((r) => [r.source, r.value])).toEqual([
      ["trustpilot", 4.5],
      ["g2", 3],
    ]);
  });

  test("asImportedVendor: a new vendor from a pack keeps no manual provenance", () => {
    const pack = applyOwnerEdit(vendor, { name: "Acme (edited elsewhere)" }, now);
    expect(pack.provenance.name?.method).toBe("manual");
    expect(asImportedVendor(pack, now).provenance.name).toEqual({
      capturedAt: now.toISOString(),
      method: "import",
    });
  });
  test("a pack's phones join contacts whose e-mails the owner edited here, and its e-mails do not", () => {
    const library = applyOwnerEdit(
      { ...vendor, contacts: { emails: ["old@acme.com"], phones: [] } },
      { contacts: { emails: ["sales@acme.com"], phones: [] } },
      now,
    );
    const pack = {
      ...vendor,
      contacts: { emails: ["old@acme.com"], phones: [{ shown: "+44 20 7946 0000", e164: "+442079460000" }] },
      provenance: { contacts: { capturedAt: T0, method: "json-ld" as const } },
    };
    const merged = mergeImportedVendor(library, pack, now).vendor;
    expect(merged.contacts).toEqual({
      emails: ["sales@acme.com"],
      phones: [{ shown: "+44 20 7946 0000", e164: "+442079460000" }],
    });
    expect(merged.provenance["contacts.emails"]?.method).toBe("manual");
  });
  test("a part of the contacts edited where the pack was made is added as an import's here", () => {
    const pack = applyOwnerEdit(
      vendor,
      { contacts: { emails: [], phones: [{ shown: "+1 555 0100" }] } },
      now,
    );
    const merged = mergeImportedVendor(vendor, pack, now).vendor;
    expect(merged.contacts.phones).toEqual([{ shown: "+1 555 0100" }]);
    expect(merged.provenance["contacts.phones"]).toBeUndefined();
    expect(merged.provenance.contacts?.method).toBe("import");
  });
  test("owner-only fields only fill gaps", () => {
    const library = { ...vendor, tags: ["uk"], notes: "mine", criterionRatings: { cost: 2 } };
    const pack = {
      ...vendor,
      tags: ["UK", "payroll"],
      notes: "theirs",
      status: "shortlisted" as const,
      criterionRatings: { cost: 5, sla: 4 },
    };
    const merged = mergeImportedVendor(library, pack, now);
    expect(merged.vendor).toMatchObject({
      tags: ["uk", "payroll"],
      notes: "mine",
      status: "shortlisted",
      criterionRatings: { cost: 2, sla: 4 },
    });
    expect(
      mergeImportedVendor({ ...vendor, notes: "" }, { ...vendor, notes: "theirs" }, now).vendor.notes,
    ).toBe("theirs");
  });
  test("an identical vendor is unchanged and returned as is", () => {
    const merged = mergeImportedVendor(vendor, structuredClone(vendor), now);
    expect(merged).toEqual({ vendor, changed: false });
    expect(merged.vendor).toBe(vendor);
  });
  test("fills the domain when the library vendor had none", () => {
    const { domain: _d, ...library } = vendor;
    expect(mergeImportedVendor(library, vendor, now).vendor.domain).toBe("acme.com");
  });
});

describe("migrateStoredVendor", () => {
  const v1 = {
    id: "acme.com",
    name: "Acme",
    domain: "acme.com",
    category: "hr",
    rating: 4.5,
    reviewCount: 10,
    status: "researching",
    tags: [],
    notes: "",
    createdAt: T0,
    updatedAt: T0,
  };
  test("migrates a version-1 vendor", () => {
    const result = migrateStoredVendor(v1, 1, now);
    expect(result?.repaired).toEqual([]);
    expect(result?.vendor).toMatchObject({
      function: "hr",
      ratings: [{ source: "other", value: 4.5, count: 10, scale: 5 }],
    });
    expect(result?.vendor).not.toHaveProperty("category");
  });
  test("repairs fields that are still invalid and keeps their old values in the notes", () => {
    const result = migrateStoredVendor(
      { ...v1, category: "bookkeeping", name: "", updatedAt: "yesterday" },
      1,
      now,
    );
    expect(result?.repaired.sort()).toEqual(["function", "name", "updatedAt"]);
    expect(result?.vendor).toMatchObject({ name: "acme.com", updatedAt: now.toISOString() });
    expect(result?.vendor.notes).toContain('function: "bookkeeping"');
  });
  test.each([[null], ["text"], [[1]], [{ name: "no id" }], [{ id: "bad id!", name: "x" }]])(
    "gives up on %j",
    (record) => {
      expect(migrateStoredVendor(record, 1, now)).toBeUndefined();
    },
  );
});

describe("vendorIdForDomain", () => {
  test.each([
    ["acme.com", "acme.com"],
    [" Acme.CO.uk ", "acme.co.uk"],
  ])("%s -> %s", (domain, id) => {
    expect(vendorIdForDomain(domain)).toBe(id);
  });
  test("hashes a domain too long for a record id, stably", () => {
    const long = `${"a".repeat(130)}.com`;
    expect(vendorIdForDomain(long)).toMatch(/^v-[a-z0-9]+$/);
    expect(vendorIdForDomain(long)).toBe(vendorIdForDomain(long));
  });
  test("refuses what is not a domain", () => {
    expect(() => vendorIdForDomain("not a domain")).toThrow(/not a website domain/);
  });
});

describe("helpers", () => {
  test.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [1, 2, 3], false],
    [[1], { 0: 1 }, false],
    [{ a: 1 }, { b: 1 }, false],
    [null, {}, false],
    [Number.NaN, Number.NaN, true],
  ])("sameValue(%j, %j) = %s", (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
  test("layer ranks follow DESIGN.md", () => {
    expect(
      ["json-ld", "microdata", "opengraph", "meta", "adapter", "heuristic", "selection"].map((m) =>
        layerRank(m as never),
      ),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(layerRank("manual")).toBe(8);
  });
});
