import { performance } from "node:perf_hooks";
import { median, ratio } from "./stats";

/** One step of an interleaved comparison: which side runs, and whether its time is thrown away. */
export interface InterleavedStep {
  side: number;
  warmup: boolean;
}

/**
 * The order an interleaved comparison runs its sides in: every round runs each side once, in the same
 * order (A, B, A, B...), warm-up rounds first. Interleaving spreads the drift of a shared machine (another
 * process waking up, the CPU clocking down) over both sides instead of landing on whichever ran second.
 *
 * @example
 * interleavedOrder(2, 1, 2).map((s) => `${"AB"[s.side]}${s.warmup ? "w" : ""}`).join(" ")
 * //=> "Aw Bw A B A B"
 *
 * @throws {RangeError} when there is no side, no measured round, or a count is not a whole number
 */
export function interleavedOrder(sideCount: number, warmupRounds: number, rounds: number): InterleavedStep[] {
  for (const [name, count, least] of [
    ["side count", sideCount, 1],
    ["warm-up round count", warmupRounds, 0],
    ["round count", rounds, 1],
  ] as const) {
    if (!Number.isInteger(count) || count < least) {
      throw new RangeError(`The ${name} is ${count}; it must be a whole number of at least ${least}.`);
    }
  }
  const steps: InterleavedStep[] = [];
  for (let round = 0; round < warmupRounds + rounds; round++) {
    for (let side = 0; side < sideCount; side++) steps.push({ side, warmup: round < warmupRounds });
  }
  return steps;
}

/** A side of a comparison: one call is one sample. */
export interface BenchSide {
  name: string;
  run: () => unknown;
}

export interface InterleavedOptions {
  warmupRounds: number;
  rounds: number;
  /** Milliseconds; a parameter so the harness test can drive time itself. */
  now?: () => number;
}

/** Per side: the name, every measured sample (ms) and their median. */
export interface SideSamples {
  name: string;
  samples: number[];
  medianMs: number;
}

/**
 * Runs the sides in {@link interleavedOrder}, awaiting each call (so a side may be async, e.g. a browser
 * round trip), and returns the measured samples of each side. Warm-up samples are dropped: they pay for
 * JIT compilation and cold caches, which the steady state the targets talk about does not.
 */
export async function runInterleaved(
  sides: readonly BenchSide[],
  options: InterleavedOptions,
): Promise<SideSamples[]> {
  const now = options.now ?? (() => performance.now());
  const samples: number[][] = sides.map(() => []);
  for (const step of interleavedOrder(sides.length, options.warmupRounds, options.rounds)) {
    const side = sides[step.side] as BenchSide;
    const start = now();
    await side.run();
    const elapsed = now() - start;
    if (!step.warmup) samples[step.side]?.push(elapsed);
  }
  return sides.map((side, index) => {
    const taken = samples[index] as number[];
    return { name: side.name, samples: taken, medianMs: median(taken) };
  });
}

/** Medians of a two-sided comparison and measured / baseline. */
export interface Comparison {
  measured: SideSamples;
  baseline: SideSamples;
  ratio: number;
}

/** Runs `measured` and `baseline` interleaved and divides their medians. */
export async function compareInterleaved(
  measured: BenchSide,
  baseline: BenchSide,
  options: InterleavedOptions,
): Promise<Comparison> {
  const [a, b] = (await runInterleaved([measured, baseline], options)) as [SideSamples, SideSamples];
  return { measured: a, baseline: b, ratio: ratio(a.medianMs, b.medianMs) };
}
