/**
 * The median of the samples: robust to the odd slow round a shared machine produces, which a mean is not.
 *
 * @example
 * median([3, 1, 2])
 * //=> 2
 *
 * @example
 * median([4, 1, 3, 2])
 * //=> 2.5
 *
 * @throws {RangeError} when there are no samples or one of them is not a finite number
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError("There are no samples to take the median of.");
  for (const sample of samples) {
    if (!Number.isFinite(sample)) throw new RangeError(`A sample is ${sample}; every sample must be finite.`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * How many times slower `measured` is than `baseline` (1 = as fast, 0.5 = twice as fast).
 *
 * @example
 * ratio(3, 2)
 * //=> 1.5
 *
 * @throws {RangeError} when the baseline is not positive or either figure is not finite: a ratio against
 * a zero-time baseline means the timer could not resolve it, and the run must say so, not print Infinity.
 */
export function ratio(measured: number, baseline: number): number {
  if (!Number.isFinite(measured) || measured < 0) {
    throw new RangeError(`The measured time is ${measured}; it must be a finite number of zero or more.`);
  }
  if (!(baseline > 0 && Number.isFinite(baseline))) {
    throw new RangeError(
      `The baseline time is ${baseline}; it must be positive, so run the baseline on more work per sample.`,
    );
  }
  return measured / baseline;
}
