/**
 * @name rankScores
 * @summary Competition ranks of a list of scores, as Excel's RANK.EQ gives them.
 *
 * @description
 * Each score's rank is 1 plus the number of scores strictly better than it, so ties share a rank and
 * the next rank is skipped: scores 90, 80, 80, 70 rank 1, 2, 2, 4. The result keeps the input order.
 * Sorting once and binary-searching keeps it O(n log n) for a scorecard of any size.
 * `-0` and `0` count as equal, as they do in Excel.
 *
 * With `passes` (one pass/fail per score, from the must-have gates), every vendor that fails a gate
 * ranks after every vendor that passes, whatever its score: the passing vendors rank 1..k among
 * themselves, and a failing vendor ranks k + its rank among the failing ones. A vendor that fails a
 * must-have is not a candidate, so a high score must not put it above one that is.
 *
 * Edge cases:
 * - an empty list gives an empty list;
 * - a `NaN` or infinite score throws a `RangeError` naming its position;
 * - `passes` of another length than `scores` throws a `RangeError`.
 *
 * @param scores - the scores to rank
 * @param descending - `true` (default) ranks the highest score 1; `false` ranks the lowest score 1
 * @param passes - optional, per score: `true` when the vendor passes every gate
 * @returns one rank per score, in the input order
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * rankScores([90, 80, 80, 70])
 * //=> [1, 2, 2, 4]
 *
 * @example
 * // Lowest first, for costs
 * rankScores([1200, 900, 1500], false)
 * //=> [2, 1, 3]
 *
 * @example
 * // The 90 fails a gate: it ranks after the two that pass.
 * rankScores([90, 80, 70], true, [false, true, true])
 * //=> [3, 1, 2]
 */
export function rankScores(scores: number[], descending = true, passes?: readonly boolean[]): number[] {
  if (passes !== undefined) return rankPassingFirst(scores, descending, passes);
  const n = scores.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    if (!Number.isFinite(score)) {
      throw new RangeError(
        `Score ${i + 1} is ${score}; every score must be a finite number, so fill in or remove that vendor's score.`,
      );
    }
    sorted[i] = score;
  }
  sorted.sort();
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    ranks[i] = descending ? n - countAtMost(sorted, score) + 1 : countBelow(sorted, score) + 1;
  }
  return ranks;
}

function rankPassingFirst(scores: number[], descending: boolean, passes: readonly boolean[]): number[] {
  if (passes.length !== scores.length) {
    throw new RangeError(
      `There are ${scores.length} scores but ${passes.length} pass/fail values; give one pass/fail per score.`,
    );
  }
  const passing: number[] = [];
  const failing: number[] = [];
  scores.forEach((_, i) => {
    (passes[i] ? passing : failing).push(i);
  });
  const ranks = new Array<number>(scores.length);
  const passingRanks = rankScores(
    passing.map((i) => scores[i] as number),
    descending,
  );
  passing.forEach((index, k) => {
    ranks[index] = passingRanks[k] as number;
  });
  const failingRanks = rankScores(
    failing.map((i) => scores[i] as number),
    descending,
  );
  failing.forEach((index, k) => {
    ranks[index] = passing.length + (failingRanks[k] as number);
  });
  return ranks;
}

/** How many values in the ascending array are strictly less than `value`. */
function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values in the ascending array are less than or equal to `value`. */
function countAtMost(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
