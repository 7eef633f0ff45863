import type { MeasurementOutput } from "./metric";

export interface BenchContext {
  /** Absolute path of the checkout (the folder holding package.json). */
  repoRoot: string;
  /** Progress lines on stderr, so stdout stays the table. */
  log(message: string): void;
}

/** What each tests/bench/measurements/*.ts file exports. */
export interface MeasurementModule {
  measure(context: BenchContext): Promise<MeasurementOutput>;
}

/** One entry of the run: the keys it reports and the files it needs before it can run at all. */
export interface Measurement {
  name: string;
  keys: readonly string[];
  /** Repo-relative paths of the parts under test; a missing one means "not measured: <path> has not landed". */
  requires: readonly string[];
  /** What to do when a required path is missing, when it is a build output rather than a part. */
  missingHint?: string;
  load(): Promise<MeasurementModule>;
}
