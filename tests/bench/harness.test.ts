import { describe, expect, test } from "vitest";
import { compareInterleaved, interleavedOrder, runInterleaved } from "./harness/interleave";
import { atMost, below, type Metric } from "./harness/metric";
import { median, ratio } from "./harness/stats";
import { formatMetricTable, formatValue, markdownTable } from "./harness/table";

describe("median", () => {
  test.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])("median(%j) = %d", (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  test("leaves the samples in their order", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  test("refuses no samples and non-finite samples", () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(/finite/);
    expect(() => median([Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});

describe("ratio", () => {
  test("measured over baseline", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(0, 2)).toBe(0);
  });

  test("refuses a zero or broken baseline instead of printing Infinity", () => {
    expect(() => ratio(1, 0)).toThrow(/baseline/);
    expect(() => ratio(1, Number.NaN)).toThrow(/baseline/);
    expect(() => ratio(Number.NaN, 1)).toThrow(/measured/);
  });
});

describe("interleavedOrder", () => {
  const letters = (steps: ReturnType<typeof interleavedOrder>) =>
    steps.map((s) => `${"ABC"[s.side]}${s.warmup ? "w" : ""}`).join(" ");

  test("warm-up rounds first, then A, B, A, B", () => {
    expect(letters(interleavedOrder(2, 1, 2))).toBe("Aw Bw A B A B");
    expect(letters(interleavedOrder(2, 0, 3))).toBe("A B A B A B");
    expect(letters(interleavedOrder(3, 1, 1))).toBe("Aw Bw Cw A B C");
  });

  test("refuses counts that make no comparison", () => {
    expect(() => interleavedOrder(0, 1, 1)).toThrow(/side count/);
    expect(() => interleavedOrder(2, -1, 1)).toThrow(/warm-up/);
    expect(() => interleavedOrder(2, 1, 0)).toThrow(/round count/);
    expect(() => interleavedOrder(2, 1.5, 1)).toThrow(/whole number/);
  });
});

describe("runInterleaved", () => {
  test("runs the sides interleaved, drops the warm-up samples and takes medians", async () => {
    let clock = 0;
    const calls: string[] = [];
    // Each call advances the fake clock by its side's cost for that call.
    const costs = { A: [100, 4, 2, 6], B: [50, 1, 3, 2] };
    const side = (name: "A" | "B") => ({
      name,
      run: async () => {
        calls.push(name);
        clock += costs[name].shift() as number;
      },
    });
    const result = await compareInterleaved(side("A"), side("B"), {
      warmupRounds: 1,
      rounds: 3,
      now: () => clock,
    });
    expect(calls).toEqual(["A", "B", "A", "B", "A", "B", "A", "B"]);
    expect(result.measured.samples).toEqual([4, 2, 6]);
    expect(result.baseline.samples).toEqual([1, 3, 2]);
    expect(result.measured.medianMs).toBe(4);
    expect(result.baseline.medianMs).toBe(2);
    expect(result.ratio).toBe(2);
  });

  test("returns one sample list per side", async () => {
    const result = await runInterleaved(
      [
        { name: "x", run: () => undefined },
        { name: "y", run: () => undefined },
        { name: "z", run: () => undefined },
      ],
      { warmupRounds: 0, rounds: 2, now: () => 0 },
    );
    expect(result.map((r) => [r.name, r.samples.length])).toEqual([
      ["x", 2],
      ["y", 2],
      ["z", 2],
    ]);
  });
});

describe("targets", () => {
  test("atMost includes the limit, below does not", () => {
    expect(atMost(3, 3)).toEqual({ text: "<= 3", met: true });
    expect(atMost(3.01, 3).met).toBe(false);
    expect(below(3000, 3000, "3,000 ms")).toEqual({ text: "< 3,000 ms", met: false });
    expect(below(2999, 3000).met).toBe(true);
  });
});

describe("table", () => {
  test.each([
    [1.2345, "ratio", "1.23x"],
    [0.012345, "ms", "0.0123 ms"],
    [1234.5, "ms", "1230 ms"],
    [123456, "bytes", "123,456 B"],
    [0, "count", "0"],
    [7, "fields", "7 fields"],
  ] as const)("formatValue(%d, %s) = %s", (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });

  test("marks met, MISSED, no target and not measured", () => {
    const metrics: Metric[] = [
      { key: "a.ratio", value: 1.5, unit: "ratio", target: atMost(1.5, 2), note: "x vs y" },
      { key: "b.ratio", value: 2.5, unit: "ratio", target: atMost(2.5, 2) },
      { key: "c.bytes", value: 10, unit: "bytes" },
      { key: "d.ms", notMeasured: "shared/x.ts has not landed" },
    ];
    expect(formatMetricTable(metrics).split("\n")).toEqual([
      "| key | value | target | status | how |",
      "| --- | --- | --- | --- | --- |",
      "| a.ratio | 1.50x | <= 2 | met | x vs y |",
      "| b.ratio | 2.50x | <= 2 | MISSED |  |",
      "| c.bytes | 10 B |  |  |  |",
      "| d.ms | not measured: shared/x.ts has not landed |  |  |  |",
    ]);
  });

  test("escapes pipes and line breaks inside cells", () => {
    expect(markdownTable(["a"], [["x|y\nz"]])).toBe("| a |\n| --- |\n| x\\|y z |");
  });
});
