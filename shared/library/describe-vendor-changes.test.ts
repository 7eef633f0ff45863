import { describe, expect, test } from "vitest";
import { vendorSchema } from "../schema/vendor";
import { describeVendorChanges } from "./describe-vendor-changes";

const T0 = "2026-01-01T00:00:00.000Z";
const acme = vendorSchema.parse({ id: "acme.com", name: "Acme", createdAt: T0, updatedAt: T0 });

describe("describeVendorChanges", () => {
  test("lists each changed field with before and after", () => {
    expect(
      describeVendorChanges(acme, { ...acme, notes: "Call Ann", tags: ["uk"], website: "https://acme.com/" }),
    ).toEqual([
      { field: "website", from: "(empty)", to: "https://acme.com/" },
      { field: "tags", from: "(empty)", to: '["uk"]' },
      { field: "notes", from: "(empty)", to: "Call Ann" },
    ]);
  });

  test("nothing changed, nothing listed; provenance and dates are not fields the owner reads", () => {
    expect(
      describeVendorChanges(acme, { ...acme, updatedAt: "2026-02-01T00:00:00.000Z", provenance: {} }),
    ).toEqual([]);
  });

  test("long text is cut to one short line", () => {
    const [change] = describeVendorChanges(acme, { ...acme, description: `a\n${"b".repeat(500)}` });
    expect(change?.to).toHaveLength(60);
    expect(change?.to.endsWith("…")).toBe(true);
    expect(change?.to).not.toContain("\n");
  });
});
