/**
 * What the demo does in the extension, as data: the evaluation it creates, the owner's ratings it
 * types per vendor, and the files it writes. Kept apart from the browser code so it can be checked.
 */
import { BASE_CRITERIA } from "../../shared/schema/criteria-templates";

export const DEMO_EVALUATION = "Bookkeeping and IT support 2027";

/** The owner's 1-5 ratings per criterion name, for vendors whose name matches `vendor`. */
export const DEMO_RATINGS: ReadonlyArray<{ vendor: RegExp; ratings: Readonly<Record<string, number>> }> = [
  {
    vendor: /brightbooks/i,
    ratings: {
      "Cost and pricing transparency": 4,
      "Expertise and quality": 5,
      "Reliability and SLAs": 4,
      "Security and compliance": 4,
      "Communication and cultural fit": 5,
      "Scalability and flexibility": 3,
      "Reputation and references": 5,
      "Financial stability and continuity": 4,
      "Contract flexibility and exit terms": 4,
    },
  },
  {
    vendor: /northwind/i,
    ratings: {
      "Cost and pricing transparency": 3,
      "Expertise and quality": 4,
      "Reliability and SLAs": 5,
      "Security and compliance": 5,
      "Communication and cultural fit": 3,
      "Scalability and flexibility": 4,
      "Reputation and references": 3,
      "Financial stability and continuity": 4,
      "Contract flexibility and exit terms": 2,
    },
  },
];

/**
 * What the owner types into the evaluation's cost settings: costs compared in GBP for a team of 6,
 * with the rate for BrightBooks' dollars, so Northwind's per-seat plan counts all 6 seats and both
 * vendors land in one currency.
 */
export const DEMO_COSTS = { reportingCurrency: "GBP", teamSize: "6", rates: "USD 0.79" } as const;

/**
 * The vendors the demo's clips make, one per rated vendor: BrightBooks (its own site, then its
 * Trustpilot page) and Northwind IT.
 */
export const DEMO_VENDOR_COUNT = DEMO_RATINGS.length;

/** The files the demo leaves in out/. */
export const DEMO_OUTPUTS = {
  pack: "demo.vendorpack.json",
  xlsx: "demo-scorecard.xlsx",
  screenshots: {
    popup: "popup.png",
    list: "sidepanel-list.png",
    vendor: "sidepanel-vendor.png",
    taskpane: "taskpane.png",
  },
} as const;

/** The ratings to type for a vendor, or an empty list when the demo has none for it. */
export function ratingsFor(vendorName: string): Array<[criterion: string, rating: number]> {
  const found = DEMO_RATINGS.find((entry) => entry.vendor.test(vendorName));
  return found ? Object.entries(found.ratings) : [];
}

/** The base criteria's names, which the side panel labels its rating controls with. */
export const CRITERION_NAMES: readonly string[] = BASE_CRITERIA.map((criterion) => criterion.name);
