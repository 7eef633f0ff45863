/**
 * A .vendorpack.json as the extension exports it, with `vendors` synthetic vendors and `reviewsPerVendor`
 * reviews each: names, sites, prices, certifications, a trustpilot rating, and review text of ordinary
 * length, so the import validates, merges and stores records of a realistic size.
 */
import { VENDOR_PACK_FORMAT, VENDOR_PACK_VERSION } from "../../../shared/schema/vendor-pack";

const AT = "2026-11-01T09:00:00.000Z";
const FUNCTIONS = ["accounting-payroll", "it-support", "hr", "marketing", "customer-service", "logistics"];
const STATUSES = ["researching", "shortlisted", "contacted", "proposal"];

export function vendorPackText(vendors: number, reviewsPerVendor: number): string {
  const vendorRecords: unknown[] = [];
  const reviewRecords: unknown[] = [];
  for (let i = 0; i < vendors; i++) {
    const domain = `vendor-${i}.example.com`;
    vendorRecords.push({
      id: domain,
      name: `Vendor ${i} Outsourcing Ltd`,
      website: `https://${domain}/`,
      domain,
      function: FUNCTIONS[i % FUNCTIONS.length],
      status: STATUSES[i % STATUSES.length],
      description: `Outsourced services for small businesses, vendor number ${i}, with a dedicated account manager.`,
      ratings: [
        { source: "trustpilot", value: 3 + (i % 20) / 10, scale: 5, count: 10 + (i % 500), capturedAt: AT },
      ],
      certifications: i % 3 === 0 ? [{ kind: "SOC 2", label: "SOC 2 Type II" }] : [],
      pricing: {
        plans: [{ name: "Standard", price: 200 + (i % 40) * 25, currency: "GBP", period: "month" }],
      },
      criterionRatings: { cost: 1 + (i % 5), expertise: 1 + ((i * 3) % 5) },
      createdAt: AT,
      updatedAt: AT,
    });
    for (let r = 0; r < reviewsPerVendor; r++) {
      const body = `Review ${r} of vendor ${i}: they answered within a day and the monthly reports arrived on time.`;
      reviewRecords.push({
        id: `review-${i}-${r}`,
        vendorId: domain,
        source: "trustpilot",
        url: `https://www.trustpilot.com/review/${domain}`,
        author: `Reviewer ${r}`,
        rating: 1 + ((i + r) % 5),
        scale: 5,
        title: `Review ${r} of vendor ${i}`,
        body,
        date: "2026-10-01",
        quote: { exact: body, prefix: "", suffix: "" },
        capturedAt: AT,
      });
    }
  }
  return JSON.stringify({
    format: VENDOR_PACK_FORMAT,
    version: VENDOR_PACK_VERSION,
    exportedAt: AT,
    appVersion: "0.1.0",
    evaluations: [],
    vendors: vendorRecords,
    reviews: reviewRecords,
  });
}
