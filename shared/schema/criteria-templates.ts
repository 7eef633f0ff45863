/** The criteria every scorecard starts from, and the starting weights for each outsourced function. */
import type { OutsourcedFunction } from "./common";
import type { Criterion } from "./evaluation";

/** The criteria every scorecard starts from (DESIGN.md, "Criteria the scorecard starts from"). */
export const BASE_CRITERIA: readonly Omit<Criterion, "weight">[] = [
  {
    id: "cost",
    name: "Cost and pricing transparency",
    direction: "higher-is-better",
    description: "Clear, predictable pricing; no surprise fees.",
  },
  {
    id: "expertise",
    name: "Expertise and quality",
    direction: "higher-is-better",
    description: "Skills, track record and quality of work in this function.",
  },
  {
    id: "reliability",
    name: "Reliability and SLAs",
    direction: "higher-is-better",
    description: "Uptime, response and resolution times written into the contract.",
  },
  {
    id: "security",
    name: "Security and compliance",
    direction: "higher-is-better",
    description: "ISO 27001, SOC 2, a GDPR/CCPA data-processing agreement.",
  },
  {
    id: "communication",
    name: "Communication and cultural fit",
    direction: "higher-is-better",
    description: "Language, time-zone overlap, responsiveness.",
  },
  {
    id: "scalability",
    name: "Scalability and flexibility",
    direction: "higher-is-better",
    description: "Can grow or shrink with the business.",
  },
  {
    id: "reputation",
    name: "Reputation and references",
    direction: "higher-is-better",
    description: "Reviews, ratings and references from similar clients.",
  },
  {
    id: "stability",
    name: "Financial stability and continuity",
    direction: "higher-is-better",
    description: "Years in business, size, continuity plans.",
  },
  {
    id: "contract",
    name: "Contract flexibility and exit terms",
    direction: "higher-is-better",
    description: "Notice periods, data hand-back, no lock-in.",
  },
];

/** Weights in percent per outsourced function; each row sums to 100. Order follows BASE_CRITERIA. */
const TEMPLATE_WEIGHTS: Record<OutsourcedFunction, readonly number[]> = {
  //                    cost exp rel sec com sca rep stab con
  "it-support": /*     */ [15, 15, 20, 20, 8, 7, 7, 4, 4],
  "accounting-payroll": [15, 20, 12, 20, 8, 5, 8, 7, 5],
  hr: /*               */ [15, 18, 10, 17, 12, 8, 8, 6, 6],
  marketing: /*        */ [18, 25, 7, 5, 15, 8, 12, 4, 6],
  "customer-service": [15, 12, 20, 10, 20, 10, 7, 3, 3],
  logistics: /*        */ [20, 12, 25, 5, 8, 12, 8, 6, 4],
  "software-development": [15, 25, 10, 12, 12, 8, 8, 5, 5],
  legal: /*            */ [15, 28, 8, 15, 10, 4, 12, 4, 4],
  other: /*            */ [15, 15, 12, 12, 10, 8, 10, 8, 10],
};

/**
 * The starting criteria for an evaluation of one outsourced function, weights in percent (sum 100).
 *
 * @example
 * criteriaTemplate("it-support").find((c) => c.id === "security")?.weight
 * //=> 20
 */
export function criteriaTemplate(fn: OutsourcedFunction): Criterion[] {
  const weights = TEMPLATE_WEIGHTS[fn];
  return BASE_CRITERIA.map((criterion, index) => ({ ...criterion, weight: weights[index] ?? 0 }));
}
