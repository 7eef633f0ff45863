export { type AhpResult, ahpWeights, RECIPROCAL_TOLERANCE, SAATY_RANDOM_INDEX } from "./ahp-weights";
export { bayesianRating, DEFAULT_PRIOR_MEAN_SHARE, DEFAULT_PRIOR_WEIGHT } from "./bayesian-rating";
export { type GateFacts, type GateResult, type GateRule, gateName, gateResults } from "./gate-results";
export { normalizeRating } from "./normalize-rating";
export { rankScores } from "./rank-scores";
export { topsis } from "./topsis";
export { weightSensitivity } from "./weight-sensitivity";
export { weightedScore } from "./weighted-score";
export { type OverlapInput, workingHoursOverlap } from "./working-hours-overlap";
