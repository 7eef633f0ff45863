export { type AhpResult, ahpWeights, RECIPROCAL_TOLERANCE, SAATY_RANDOM_INDEX } from "./ahp-weights";
export { bayesianRating, DEFAULT_PRIOR_MEAN_SHARE, DEFAULT_PRIOR_WEIGHT } from "./bayesian-rating";
export { normalizeRating } from "./normalize-rating";
export { type RankedVendor, rankEvaluation } from "./rank-evaluation";
export { rankScores } from "./rank-scores";
export { topsis } from "./topsis";
export { parseWeightPercent, weightPercents, weightsWithPercent, weightTotal } from "./weight-percents";
export { weightSensitivity } from "./weight-sensitivity";
export { weightedScore } from "./weighted-score";
