/**
 * A must-have gate, as the evaluation stores it (shared/schema/evaluation.ts `gateSchema`; restated
 * here because shared/scoring imports nothing but its own files).
 */
export type GateRule =
  | { kind: "min-rating"; criterionId: string; min: number }
  | { kind: "max-monthly-cost"; max: number }
  | { kind: "certification"; certification: string }
  | { kind: "min-overlap"; hours: number }
  | { kind: "min-reputation"; rating: number; reviews: number };

/** What is known about one vendor that a gate can test; `undefined` is "not known". */
export interface GateFacts {
  /** The owner's 1-5 ratings by criterion id. */
  ratings: Readonly<Record<string, number | undefined>>;
  /** Monthly cost in the reporting currency; `undefined` when a rate or estimate is missing. */
  monthlyCost: number | undefined;
  /** Certification kinds captured for the vendor, e.g. "ISO 27001". */
  certifications: readonly string[];
  /** Working hours a day shared with the owner; `undefined` without both time zones. */
  overlapHours: number | undefined;
  /** The average review-site rating out of 5, and the reviews behind it. */
  averageRating: number | undefined;
  reviewCount: number | undefined;
}

/** Per vendor: whether it passes every gate, and which gates (by position) it fails. */
export interface GateResult {
  passes: boolean;
  failed: number[];
}

/**
 * @name gateResults
 * @summary Whether a vendor meets every must-have, and which it misses.
 *
 * @description
 * A gate passes only when its fact is known and meets the bar: a rating not given yet, a cost that
 * needs an exchange rate, an overlap without the vendor's time zone, or a reputation with no reviews
 * fails. A must-have is something the owner has to see hold, not something to assume.
 * - `min-rating`: the owner's rating on the criterion is at least `min`;
 * - `max-monthly-cost`: the monthly cost in the reporting currency is at most `max`;
 * - `certification`: the vendor has that certification;
 * - `min-overlap`: at least `hours` of working-hours overlap;
 * - `min-reputation`: an average rating of at least `rating` from at least `reviews` reviews.
 * No gates: every vendor passes.
 *
 * @example
 * gateResults([{ kind: "certification", certification: "ISO 27001" }, { kind: "min-overlap", hours: 3 }],
 *   { ratings: {}, monthlyCost: 150, certifications: ["SOC 2"], overlapHours: 4, averageRating: 4.2, reviewCount: 90 })
 * //=> { passes: false, failed: [0] }
 */
export function gateResults(gates: readonly GateRule[], facts: GateFacts): GateResult {
  const failed: number[] = [];
  gates.forEach((gate, index) => {
    if (!gatePasses(gate, facts)) failed.push(index);
  });
  return { passes: failed.length === 0, failed };
}

function gatePasses(gate: GateRule, facts: GateFacts): boolean {
  const atLeast = (value: number | undefined, bar: number) => value !== undefined && value >= bar;
  switch (gate.kind) {
    case "min-rating":
      return atLeast(facts.ratings[gate.criterionId], gate.min);
    case "max-monthly-cost":
      return facts.monthlyCost !== undefined && facts.monthlyCost <= gate.max;
    case "certification":
      return facts.certifications.includes(gate.certification);
    case "min-overlap":
      return atLeast(facts.overlapHours, gate.hours);
    case "min-reputation":
      return atLeast(facts.averageRating, gate.rating) && atLeast(facts.reviewCount ?? 0, gate.reviews);
  }
}

/**
 * A gate's name as the Scorecard and the side panel list it among the failed ones.
 *
 * @example
 * gateName({ kind: "max-monthly-cost", max: 500 }, { currency: "GBP", criterionName: (id) => id })
 * //=> "Monthly cost at most 500 GBP"
 */
export function gateName(
  gate: GateRule,
  labels: { currency: string; criterionName: (id: string) => string },
): string {
  switch (gate.kind) {
    case "min-rating":
      return `${labels.criterionName(gate.criterionId)} rated at least ${gate.min}`;
    case "max-monthly-cost":
      return `Monthly cost at most ${gate.max} ${labels.currency}`;
    case "certification":
      return gate.certification;
    case "min-overlap":
      return `Working-hours overlap at least ${gate.hours} h`;
    case "min-reputation":
      return gate.reviews > 0
        ? `Reputation at least ${gate.rating} from ${gate.reviews} reviews`
        : `Reputation at least ${gate.rating}`;
  }
}
