/**
 * The one rule for showing and typing criterion weights as percentages, used by the side panel's
 * evaluation card and the task pane's criteria editor, so both show the same numbers for one
 * evaluation (issue 22, item 5). Weights are stored as relative numbers; the owner sees and types
 * whole percentages that add up to 100.
 */

/**
 * Weights as whole percentages of their sum, largest remainder first, so they always add up to 100.
 * All-zero or empty input: an equal split (the first ones get the leftover points). NaN and negative
 * weights count as zero.
 *
 * @example
 * weightPercents([1, 1, 1]) //=> [34, 33, 33]
 * weightPercents([30, 30])  //=> [50, 50]
 * weightPercents([0, 0])    //=> [50, 50]
 * weightPercents([])        //=> []
 */
export function weightPercents(weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const clean = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const total = clean.reduce((sum, weight) => sum + weight, 0);
  const shares =
    total > 0 ? clean.map((weight) => (weight / total) * 100) : clean.map(() => 100 / clean.length);
  // A share a hair under a whole number (49.999999 from floating point) is that whole number.
  const floors = shares.map((share) => Math.floor(share + 1e-9));
  let leftover = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - (floors[index] ?? 0) }))
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

/**
 * What the owner typed in a weight box, as a whole percentage, or the sentence to show under the box.
 * A trailing "%" and spaces are allowed; the box keeps the stored value when this refuses.
 *
 * @example
 * parseWeightPercent(" 40 %") //=> { ok: true, percent: 40 }
 * parseWeightPercent("150")   //=> { ok: false, message: "Type a whole number from 0 to 100; 150 is more than 100." }
 */
export function parseWeightPercent(
  typed: string,
): { ok: true; percent: number } | { ok: false; message: string } {
  const text = typed.replace("%", "").trim();
  if (text === "") return { ok: false, message: "Type a whole number from 0 to 100, such as 15." };
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) {
    return { ok: false, message: `“${typed.trim()}” is not a number. Type a whole number from 0 to 100.` };
  }
  if (value < 0) return { ok: false, message: "A weight cannot be negative. Type 0 to ignore a criterion." };
  if (value > 100) {
    return { ok: false, message: `Type a whole number from 0 to 100; ${value} is more than 100.` };
  }
  if (!Number.isInteger(value)) {
    return {
      ok: false,
      message: `Weights are whole percentages. Type ${Math.round(value)} instead of ${value}.`,
    };
  }
  return { ok: true, percent: value };
}

/**
 * The weights after the owner types one criterion's percentage: that criterion gets it, and the others
 * share what is left of 100 in the proportions they had (equally, if they all had none). So the card
 * then shows the number that was typed, and the other percentages keep their order.
 *
 * @example
 * weightsWithPercent([1, 1, 2], 0, 50) //=> [50, 12.5, 25]
 *
 * @throws {RangeError} when the percentage is not a number from 0 to 100, or would leave every weight zero
 */
export function weightsWithPercent(weights: readonly number[], index: number, percent: number): number[] {
  if (!(percent >= 0 && percent <= 100)) {
    throw new RangeError("A weight is a percentage from 0 to 100. Type a number such as 15.");
  }
  if (weights.length === 1) {
    if (percent === 0) throw new RangeError("At least one criterion needs a weight above zero.");
    return [100];
  }
  const rest = 100 - percent;
  const othersTotal = weights.reduce((sum, weight, i) => (i === index ? sum : sum + weight), 0);
  const next = weights.map((weight, i) => {
    if (i === index) return percent;
    return othersTotal > 0 ? (weight / othersTotal) * rest : rest / (weights.length - 1);
  });
  if (next.every((weight) => weight === 0)) {
    throw new RangeError("At least one criterion needs a weight above zero.");
  }
  return next;
}
