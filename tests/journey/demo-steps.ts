/**
 * The demo's step runner: runs steps in order, prints each with ✓ or ✗ and its time, stops at the first
 * failure and says which step failed. Pure apart from the `log` and `now` passed in.
 */

export interface DemoStep {
  name: string;
  /** Returns a short detail for the ✓ line (what was made, where), or nothing. */
  run(): Promise<string | undefined>;
}

export type StepResult =
  | { name: string; ok: true; ms: number; detail?: string }
  | { name: string; ok: false; ms: number; error: string };

export interface DemoRun {
  ok: boolean;
  results: StepResult[];
  /** The steps never started because an earlier one failed. */
  skipped: string[];
  totalMs: number;
}

/**
 * One console line for a finished step.
 *
 * @example
 * formatStep({ name: "Clip provider-brightbooks.html", ok: true, ms: 1234, detail: "BrightBooks, new vendor" })
 * //=> "✓ Clip provider-brightbooks.html: BrightBooks, new vendor (1.2 s)"
 */
export function formatStep(result: StepResult): string {
  const time = `(${formatSeconds(result.ms)})`;
  if (result.ok) return `✓ ${result.name}${result.detail ? `: ${result.detail}` : ""} ${time}`;
  return `✗ ${result.name} ${time}\n  ${result.error.split("\n").join("\n  ")}`;
}

/** @example formatSeconds(48_240) //=> "48.2 s" */
export function formatSeconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** The closing line, and what a failed run exits with. */
export function demoSummary(run: DemoRun): { line: string; exitCode: number } {
  const total = formatSeconds(run.totalMs);
  if (run.ok) {
    return { line: `Demo finished in ${total}: all ${run.results.length} steps worked.`, exitCode: 0 };
  }
  const failed = run.results.find((result) => !result.ok);
  const skipped = run.skipped.length > 0 ? ` ${run.skipped.length} later steps did not run.` : "";
  return {
    line: `Demo failed at "${failed?.name ?? "?"}" after ${total}.${skipped} Fix what the ✗ line says, then run \`npm run demo\` again.`,
    exitCode: 1,
  };
}

/** Runs `steps` in order; a step that throws is ✗ and the rest are skipped. */
export async function runSteps(
  steps: readonly DemoStep[],
  log: (line: string) => void,
  now: () => number = Date.now,
): Promise<DemoRun> {
  const started = now();
  const results: StepResult[] = [];
  for (const [index, step] of steps.entries()) {
    const stepStarted = now();
    let result: StepResult;
    try {
      const detail = await step.run();
      result =
        typeof detail === "string" && detail !== ""
          ? { name: step.name, ok: true, ms: now() - stepStarted, detail }
          : { name: step.name, ok: true, ms: now() - stepStarted };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = { name: step.name, ok: false, ms: now() - stepStarted, error: message };
    }
    results.push(result);
    log(formatStep(result));
    if (!result.ok) {
      return {
        ok: false,
        results,
        skipped: steps.slice(index + 1).map((s) => s.name),
        totalMs: now() - started,
      };
    }
  }
  return { ok: true, results, skipped: [], totalMs: now() - started };
}
