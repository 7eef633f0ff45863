import { expect, test } from "vitest";
import { OUTSOURCED_FUNCTIONS, PIPELINE_STATUSES, SOURCES } from "../schema/common";
import { PRICE_PERIODS, PRICING_MODELS, vendorSchema } from "../schema/vendor";
import { advisorCopyFileName, safeFileName } from "./file-names";
import { localDate, localDateTime } from "./local-date";
import { valueLabel, viewOnLabel } from "./value-labels";
import { locationText, pricingText, ratingsText } from "./vendor-text";

test.each([
  ["accounting-payroll", "Accounting and payroll"],
  ["it-support", "IT support"],
  ["due-diligence", "Due diligence"],
  ["researching", "Researching"],
  ["g2", "G2"],
  ["trustpilot", "Trustpilot"],
  ["per-seat", "Per seat"],
])("%s reads %s", (slug, words) => {
  expect(valueLabel(slug)).toBe(words);
});

test("no stored value of any enum reads as its slug: no dash, a capital first", () => {
  for (const value of [
    ...OUTSOURCED_FUNCTIONS,
    ...PIPELINE_STATUSES,
    ...SOURCES,
    ...PRICING_MODELS,
    ...PRICE_PERIODS,
  ]) {
    const words = valueLabel(value);
    expect(words, value).toMatch(/^[A-Z]/);
    if (value !== "one-time") expect(words, value).not.toMatch(/[a-z]-[a-z]/);
  }
});

test("links name the review site", () => {
  expect(viewOnLabel("trustpilot")).toBe("View on Trustpilot");
  expect(viewOnLabel("g2")).toBe("View on G2");
  expect(viewOnLabel("website")).toBe("View on the vendor's site");
  expect(viewOnLabel("manual")).toBe("View the page");
});

test("dates read in the owner's locale and zone; a bare day stays that day everywhere", () => {
  expect(localDate("2025-07-12T09:15:00.000Z", "en-GB", "UTC")).toBe("12 Jul 2025");
  expect(localDate("2025-07-12T23:15:00.000Z", "en-GB", "Pacific/Auckland")).toBe("13 Jul 2025");
  expect(localDate("2025-07-12", "en-US", "Pacific/Honolulu")).toBe("Jul 12, 2025");
  expect(localDate("last week", "en-GB")).toBe("last week");
  expect(localDateTime("2025-07-12T09:15:00.000Z", "en-GB", "UTC")).toBe("12 Jul 2025, 09:15");
});

test("one vendor text for the sheets and the CSV: site names, review counts, per seat", () => {
  const vendor = vendorSchema.parse({
    id: "brightbooks.example",
    name: "BrightBooks",
    ratings: [
      { source: "trustpilot", value: 4.6, scale: 5, count: 1234, capturedAt: "2026-12-01T09:00:00.000Z" },
      { source: "g2", value: 4.5, scale: 5, capturedAt: "2026-12-01T09:00:00.000Z" },
    ],
    pricing: {
      plans: [{ name: "Team", price: 20, currency: "USD", period: "month", perSeat: true }],
      setupFee: 500,
      currency: "USD",
    },
    location: { city: "Leeds", country: "UK" },
    createdAt: "2026-12-01T09:00:00.000Z",
    updatedAt: "2026-12-01T09:00:00.000Z",
  });
  expect(ratingsText(vendor)).toBe("Trustpilot 4.6/5 (1,234 reviews); G2 4.5/5");
  expect(pricingText(vendor)).toBe("Team: 20 USD a month per seat; setup 500 USD");
  expect(locationText(vendor)).toBe("Leeds, UK");
});

test("one name for the advisor's file, from any evaluation name", () => {
  expect(advisorCopyFileName("Payroll 2027")).toBe("Payroll 2027 (advisor-safe).xlsx");
  expect(advisorCopyFileName("Payroll: 2027/28")).toBe("Payroll  2027 28 (advisor-safe).xlsx");
  expect(safeFileName("///")).toBe("VendorScout scorecard");
  expect(safeFileName("a\u0007b")).toBe("a b");
});
