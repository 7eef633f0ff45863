/**
 * The scoring rules in one import: weighted score, ranks, gates, weight percentages, rating normalisation,
 * dependency risk, AHP, TOPSIS, weight sensitivity and working-hours overlap.
 */
export { type AhpResult, ahpWeights, RECIPROCAL_TOLERANCE, SAATY_RANDOM_INDEX } from "./ahp-weights";
export { averageRating, type SiteRating } from "./average-rating";
export { bayesianRating, DEFAULT_PRIOR_MEAN_SHARE, DEFAULT_PRIOR_WEIGHT } from "./bayesian-rating";
export { dependencyRisk, dependencyRiskText, type EvaluationVendors } from "./dependency-risk";
export { type GateFacts, type GateResult, type GateRule, gateName, gateResults } from "./gate-results";
export { normalizeRating } from "./normalize-rating";
export { type RankedVendor, rankEvaluation } from "./rank-evaluation";
export { rankScores } from "./rank-scores";
export { reviewCount } from "./review-count";
export { topsis } from "./topsis";
export { parseWeightPercent, weightPercents, weightsWithPercent, weightTotal } from "./weight-percents";
export { weightSensitivity } from "./weight-sensitivity";
export { weightedScore } from "./weighted-score";
export { type OverlapInput, workingHoursOverlap } from "./working-hours-overlap";
