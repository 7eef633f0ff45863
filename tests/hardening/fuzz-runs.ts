/**
 * How many generated cases a hardening test runs. `npm test` runs the quick count so the folder stays
 * well under 90 s; `npm run fuzz` sets FUZZ_RUNS=full for the counts the hardening issue asks for.
 * A number in FUZZ_RUNS caps every test at that many runs (handy to reproduce a failure quickly).
 * FUZZ_SEED replays a seed fast-check printed on a failure.
 */
const setting = process.env.FUZZ_RUNS ?? "";

export const FULL_FUZZ = setting === "full";

export function fuzzRuns(full: number, quick: number): number {
  if (FULL_FUZZ) return full;
  const capped = Number.parseInt(setting, 10);
  if (Number.isInteger(capped) && capped > 0) return Math.min(capped, full);
  return quick;
}

/** A per-test time limit: generous whenever FUZZ_RUNS asks for more runs, the config's default otherwise. */
export function fuzzTimeout(fullMs: number, quickMs = 30_000): number {
  return setting === "" ? quickMs : fullMs;
}

const seed = Number.parseInt(process.env.FUZZ_SEED ?? "", 10);

/** fast-check parameters: the run count, and the seed to replay when one is given. */
export function fuzzParameters(full: number, quick: number): { numRuns: number; seed?: number } {
  return Number.isInteger(seed)
    ? { numRuns: fuzzRuns(full, quick), seed }
    : { numRuns: fuzzRuns(full, quick) };
}
