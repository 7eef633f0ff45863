/**
 * Stored values (slugs such as "accounting-payroll", "due-diligence", "trustpilot") as the owner reads
 * them. One table for the side panel, the task pane, the sheets and the CSV, so a person never reads a
 * slug; the ids stay in id columns only.
 */

const SPECIAL_LABELS: Readonly<Record<string, string>> = {
  "it-support": "IT support",
  "accounting-payroll": "Accounting and payroll",
  hr: "HR",
  "per-seat": "Per seat",
  "per-transaction": "Per transaction",
  "one-time": "One-time",
  quote: "On quote",
  g2: "G2",
  trustpilot: "Trustpilot",
  capterra: "Capterra",
  clutch: "Clutch",
  yelp: "Yelp",
  upwork: "Upwork",
  google: "Google",
  website: "Vendor's site",
  manual: "Typed by you",
  "json-ld": "JSON-LD",
  opengraph: "OpenGraph",
};

/**
 * A stored value as the owner reads it. Unknown values get a capital and spaces for dashes.
 *
 * @example
 * valueLabel("due-diligence")      //=> "Due diligence"
 * valueLabel("accounting-payroll") //=> "Accounting and payroll"
 * valueLabel("g2")                 //=> "G2"
 * valueLabel("")                   //=> ""
 */
export function valueLabel(value: string): string {
  return SPECIAL_LABELS[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, " ");
}

/**
 * A review site's name for a link: "View on Trustpilot". The vendor's own site and hand-typed values
 * have no site name, so they read "View the page".
 *
 * @example
 * viewOnLabel("trustpilot") //=> "View on Trustpilot"
 * viewOnLabel("website")    //=> "View on the vendor's site"
 */
export function viewOnLabel(source: string): string {
  if (source === "website") return "View on the vendor's site";
  if (source === "manual" || source === "other") return "View the page";
  return `View on ${valueLabel(source)}`;
}
