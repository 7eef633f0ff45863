/**
 * Weights as whole percentages of their sum, largest remainder first, so they always add up to 100.
 * All-zero or empty input: an equal split (the first ones get the leftover points).
 *
 * @example
 * normaliseToPercent([1, 1, 1]) //=> [34, 33, 33]
 * normaliseToPercent([30, 30])  //=> [50, 50]
 * normaliseToPercent([0, 0])    //=> [50, 50]
 * normaliseToPercent([])        //=> []
 */
export function normaliseToPercent(weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const total = clean.reduce((sum, weight) => sum + weight, 0);
  const shares =
    total > 0 ? clean.map((weight) => (weight / total) * 100) : clean.map(() => 100 / clean.length);
  const floors = shares.map(Math.floor);
  let leftover = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (leftover <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    leftover--;
  }
  return floors;
}

/** The sum of the weights the owner typed, for the "Total" line; NaN and negatives count as 0. */
export function weightTotal(weights: readonly number[]): number {
  return weights.reduce((sum, weight) => sum + (Number.isFinite(weight) && weight > 0 ? weight : 0), 0);
}
