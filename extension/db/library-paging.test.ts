import { describe, expect, test } from "vitest";
import { makeCapture, makeLibrary } from "../../tests/support/library/make-library";

describe("pageVendors over an evaluation with ids whose vendors are gone (issue 19, finding 7)", () => {
  test.each([1, 2, 3, 10])("page size %i returns every vendor that exists, in id order", async (pageSize) => {
    const library = makeLibrary();
    const domains = ["v1.com", "v2.com", "v3.com", "v4.com", "v5.com"];
    for (const domain of domains) await library.saveCapture(makeCapture({ domain, name: domain }));
    await library.saveEvaluation({
      id: "eval-1",
      name: "Payroll",
      function: "accounting-payroll",
      criteria: [{ id: "cost", name: "Cost", weight: 1, direction: "higher-is-better", description: "" }],
      vendorIds: domains,
      termMonths: 36,
    });
    // A dangling id, as a pack or an older version can leave: the vendor record is gone, the id stays.
    await library.db.vendors.bulkDelete(["v2.com", "v4.com"]);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await library.pageVendors("eval-1", cursor, pageSize);
      expect(page.vendors.length).toBeLessThanOrEqual(pageSize);
      seen.push(...page.vendors.map((vendor) => vendor.id));
      cursor = page.nextCursor;
      if (cursor === null) break;
    }
    expect(seen).toEqual(["v1.com", "v3.com", "v5.com"]);
  });
});
