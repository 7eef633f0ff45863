import type { OutsourcedFunction } from "../../schema";

const KEYWORDS: [OutsourcedFunction, RegExp][] = [
  [
    "accounting-payroll",
    /\b(?:bookkeep\w*|payroll|accounting|accountants?|tax returns?|vat returns?|invoic\w+|reconciliation|cpa)\b/gi,
  ],
  [
    "it-support",
    /\b(?:managed it|it support|helpdesk|help desk|service desk|msp|cyber ?security|network monitoring|endpoint|patch management|it services)\b/gi,
  ],
  [
    "hr",
    /\b(?:human resources|hr outsourcing|recruit\w*|onboarding|peo|employee benefits|talent acquisition)\b/gi,
  ],
  [
    "marketing",
    /\b(?:marketing|seo|ppc|social media|content strategy|branding|advertising|lead generation)\b/gi,
  ],
  [
    "customer-service",
    /\b(?:customer service|customer support|call cent(?:er|re)|contact cent(?:er|re)|live chat support)\b/gi,
  ],
  ["logistics", /\b(?:logistics|fulfil+ment|warehous\w+|freight|shipping|3pl|last[- ]mile)\b/gi],
  [
    "software-development",
    /\b(?:software development|web development|app development|developers?|devops|web and mobile apps?|mobile apps?|shopify)\b/gi,
  ],
  ["legal", /\b(?:legal services|law firm|solicitors?|attorneys?|lawyers?|contract review)\b/gi],
];

/**
 * The outsourced function a provider most likely offers, from keyword counts (at least 2 hits).
 *
 * @example
 * guessFunctionRaw("Bookkeeping and payroll for small firms. Monthly bookkeeping from $149.") //=> "accounting-payroll"
 * guessFunctionRaw("Welcome to our website") //=> undefined
 */
export function guessFunctionRaw(text: string): OutsourcedFunction | undefined {
  let best: OutsourcedFunction | undefined;
  let bestCount = 1;
  for (const [kind, pattern] of KEYWORDS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}
