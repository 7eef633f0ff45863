/**
 * Saaty's random consistency index for matrices of order 1 to 15: the mean consistency index of
 * random reciprocal matrices. `SAATY_RANDOM_INDEX[n - 1]` is the index for order `n`.
 * These are the values usually quoted from T. L. Saaty, The Analytic Hierarchy Process (McGraw-Hill, 1980);
 * n = 1..8 checked against the table reprinted at https://iwaponline.com/view-large/3120630.
 * Later simulations differ slightly (some sources give 1.51 for n = 10), so a CR near 0.1 is a judgement call.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** Relative tolerance on `a_ij * a_ji = 1`: judgements typed as 0.333333 for 1/3 pass. */
export const RECIPROCAL_TOLERANCE = 1e-6;

const CONVERGED = 1e-13;
const MAX_ITERATIONS = 10_000;

/** The result of {@link ahpWeights}. */
export interface AhpResult {
  /** One weight per criterion, in row order, summing to 1. */
  weights: number[];
  /** Saaty's consistency ratio `CI / RI`; judgements are usually accepted when it is 0.1 or less. */
  consistencyRatio: number;
}

/**
 * @name ahpWeights
 * @summary Criterion weights from a pairwise comparison matrix (Saaty's analytic hierarchy process).
 *
 * @description
 * `pairwise[i][j]` says how many times more important criterion `i` is than criterion `j`
 * (Saaty's 1-9 scale; `pairwise[j][i]` must be its reciprocal). The weights are the principal
 * eigenvector, found by power iteration until no weight moves by more than 1e-13, and scaled to sum to 1.
 * The consistency ratio is `CI / RI` with `CI = (lambdaMax - n) / (n - 1)` and `RI` from
 * {@link SAATY_RANDOM_INDEX}; it is 0 for `n <= 2` (such matrices are always consistent), and a
 * rounding error below 0 is reported as 0.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - an empty matrix, or more than 15 criteria (Saaty's table ends there: split the criteria into groups);
 * - a row whose length differs from the number of rows (not square);
 * - an entry that is zero, negative, `NaN` or infinite;
 * - a pair that is not reciprocal: `|a_ij * a_ji - 1| > 1e-6` (this includes a diagonal other than 1).
 *
 * @param pairwise - the square matrix of pairwise judgements
 * @returns the weights and the consistency ratio
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * // Consistent: cost is twice as important as quality, quality twice as important as support
 * ahpWeights([[1, 2, 4], [1/2, 1, 2], [1/4, 1/2, 1]])
 * //=> { weights: [0.5714, 0.2857, 0.1429], consistencyRatio: 0 } (rounded)
 *
 * @example
 * ahpWeights([[1]])
 * //=> { weights: [1], consistencyRatio: 0 }
 */
export function ahpWeights(pairwise: number[][]): AhpResult {
  const n = pairwise.length;
  if (n === 0) {
    throw new RangeError("The pairwise matrix is empty; compare at least one criterion.");
  }
  if (n > SAATY_RANDOM_INDEX.length) {
    throw new RangeError(
      `There are ${n} criteria but consistency can only be judged for up to ${SAATY_RANDOM_INDEX.length}; group the criteria and compare each group separately.`,
    );
  }
  for (let i = 0; i < n; i++) {
    const row = pairwise[i] as number[];
    if (row.length !== n) {
      throw new RangeError(
        `Row ${i + 1} of the pairwise matrix has ${row.length} entries but there are ${n} rows; the matrix must be square.`,
      );
    }
    for (let j = 0; j < n; j++) {
      const a = row[j] as number;
      if (!(a > 0 && Number.isFinite(a))) {
        throw new RangeError(
          `Entry (${i + 1}, ${j + 1}) of the pairwise matrix is ${a}; every judgement must be a positive number such as 3 or 1/3.`,
        );
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const a = (pairwise[i] as number[])[j] as number;
      const b = (pairwise[j] as number[])[i] as number;
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE) {
        throw new RangeError(
          i === j
            ? `Entry (${i + 1}, ${i + 1}) is ${a}; a criterion compared with itself must be 1.`
            : `Entries (${i + 1}, ${j + 1}) = ${a} and (${j + 1}, ${i + 1}) = ${b} are not reciprocal; set (${j + 1}, ${i + 1}) to 1/${a}.`,
        );
      }
    }
  }

  let weights = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let change = Number.POSITIVE_INFINITY;
  // A positive matrix has a simple dominant eigenvalue (Perron-Frobenius), so this converges.
  for (let iteration = 0; iteration < MAX_ITERATIONS && change > CONVERGED; iteration++) {
    const lambda = multiply(pairwise, weights, next);
    change = 0;
    for (let i = 0; i < n; i++) {
      const w = (next[i] as number) / lambda;
      change = Math.max(change, Math.abs(w - (weights[i] as number)));
      next[i] = w;
    }
    [weights, next] = [next, weights];
  }
  // With weights summing to 1, the sum of A·w is lambdaMax.
  const lambdaMax = multiply(pairwise, weights, next);
  const randomIndex = SAATY_RANDOM_INDEX[n - 1] as number;
  const consistencyRatio = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1) / randomIndex);
  return { weights: Array.from(weights), consistencyRatio };
}

/** Writes `matrix · vector` into `out` and returns the sum of `out`. */
function multiply(matrix: number[][], vector: Float64Array, out: Float64Array): number {
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    const row = matrix[i] as number[];
    let sum = 0;
    for (let j = 0; j < out.length; j++) sum += (row[j] as number) * (vector[j] as number);
    out[i] = sum;
    total += sum;
  }
  return total;
}
