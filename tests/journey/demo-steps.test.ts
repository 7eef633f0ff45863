import { describe, expect, test } from "vitest";
import { type DemoStep, demoSummary, formatSeconds, formatStep, runSteps } from "./demo-steps";

/** A clock that moves 100 ms on every read. */
function ticking() {
  let t = 0;
  return () => {
    t += 100;
    return t;
  };
}

describe("runSteps", () => {
  test("every step works: ✓ lines with details, in order, exit 0", async () => {
    const ran: string[] = [];
    const steps: DemoStep[] = [
      { name: "Build", run: async () => void ran.push("build") },
      {
        name: "Clip provider-brightbooks.html",
        run: async () => {
          ran.push("clip");
          return "BrightBooks, new vendor";
        },
      },
    ];
    const lines: string[] = [];
    const run = await runSteps(steps, (line) => lines.push(line), ticking());
    expect(ran).toEqual(["build", "clip"]);
    expect(lines).toEqual([
      "✓ Build (0.1 s)",
      "✓ Clip provider-brightbooks.html: BrightBooks, new vendor (0.1 s)",
    ]);
    expect(run.ok).toBe(true);
    expect(run.skipped).toEqual([]);
    expect(demoSummary(run)).toEqual({ line: "Demo finished in 0.5 s: all 2 steps worked.", exitCode: 0 });
  });

  test("a failing step is ✗ with its message, later steps do not run, exit 1 names the step", async () => {
    let laterRan = false;
    const steps: DemoStep[] = [
      { name: "Build", run: async () => undefined },
      {
        name: "Launch Chromium",
        run: async () => {
          throw new Error("Chromium did not start.\nInstall chromium.");
        },
      },
      {
        name: "Clip",
        run: async () => {
          laterRan = true;
          return undefined;
        },
      },
    ];
    const lines: string[] = [];
    const run = await runSteps(steps, (line) => lines.push(line), ticking());
    expect(laterRan).toBe(false);
    expect(lines[1]).toBe("✗ Launch Chromium (0.1 s)\n  Chromium did not start.\n  Install chromium.");
    expect(run.ok).toBe(false);
    expect(run.skipped).toEqual(["Clip"]);
    const summary = demoSummary(run);
    expect(summary.exitCode).toBe(1);
    expect(summary.line).toBe(
      'Demo failed at "Launch Chromium" after 0.5 s. 1 later steps did not run. Fix what the ✗ line says, then run `npm run demo` again.',
    );
  });

  test("a thrown non-Error is reported as text", async () => {
    const run = await runSteps(
      [
        {
          name: "Odd",
          run: () => Promise.reject("plain string"),
        },
      ],
      () => undefined,
      ticking(),
    );
    expect(run.results[0]).toEqual({ name: "Odd", ok: false, ms: 100, error: "plain string" });
  });
});

test.each([
  [0, "0.0 s"],
  [48_240, "48.2 s"],
  [-5, "0.0 s"],
])("formatSeconds(%d) is %s", (ms, text) => {
  expect(formatSeconds(ms)).toBe(text);
});

test("formatStep without a detail has no colon", () => {
  expect(formatStep({ name: "Serve", ok: true, ms: 1500 })).toBe("✓ Serve (1.5 s)");
});
