/**
 * `npm run bench [-- --only score]`: measures VendorScout against the limits in BENCHMARKS.md and
 * against its peers, prints one table and writes bench/results.json.
 *
 * Each measurement lives in its own file under ./measurements and runs in this one process, one after
 * the other (two measurements at once would time each other). A measurement whose part has not landed,
 * or that fails, reports "not measured: <why>" for each of its keys, never a number.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { describeMachine } from "./harness/machine";
import type { BenchContext, Measurement } from "./harness/measurement";
import { type DetailTable, isMeasured, type Metric, notMeasured } from "./harness/metric";
import { formatDetailTable, formatMetricTable } from "./harness/table";
import { MEASUREMENTS } from "./measurements";

const repoRoot = resolve(import.meta.dirname, "../..");
const { values } = parseArgs({ options: { only: { type: "string" } } });

const context: BenchContext = {
  repoRoot,
  log: (message) => process.stderr.write(`bench: ${message}\n`),
};

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `the run failed: ${message.split("\n")[0]}`;
}

async function run(measurement: Measurement): Promise<{ metrics: Metric[]; details: DetailTable[] }> {
  const missing = measurement.requires.filter((path) => !existsSync(resolve(repoRoot, path)));
  if (missing.length > 0) {
    const why = measurement.missingHint
      ? `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing: ${measurement.missingHint}`
      : `${missing.join(", ")} ${missing.length === 1 ? "has" : "have"} not landed`;
    return { metrics: notMeasured(measurement.keys, why), details: [] };
  }
  const started = performance.now();
  try {
    const module = await measurement.load();
    const output = await module.measure(context);
    // A key the measurement promised but did not report must still show up, as not measured.
    const reported = new Set(output.metrics.map((metric) => metric.key));
    const silent = measurement.keys.filter((key) => !reported.has(key));
    return {
      metrics: [...output.metrics, ...notMeasured(silent, "the measurement reported no figure for it")],
      details: output.details ?? [],
    };
  } catch (error) {
    context.log(
      `${measurement.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    );
    return { metrics: notMeasured(measurement.keys, reason(error)), details: [] };
  } finally {
    context.log(`${measurement.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

const machine = describeMachine();
const startedAt = new Date();
const selected = MEASUREMENTS.filter((m) => values.only === undefined || m.name.startsWith(values.only));
const metrics: Metric[] = [];
const details: DetailTable[] = [];
for (const measurement of selected) {
  context.log(`${measurement.name}...`);
  const output = await run(measurement);
  metrics.push(...output.metrics);
  details.push(...output.details);
}
const seconds = (Date.now() - startedAt.getTime()) / 1000;

const summary = [
  `VendorScout bench, ${startedAt.toISOString()}, ${seconds.toFixed(0)} s`,
  `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.chromium}, load average at start ${machine.loadAverageAtStart}`,
  "",
  formatMetricTable(metrics),
  ...details.flatMap((detail) => ["", formatDetailTable(detail)]),
].join("\n");
process.stdout.write(`${summary}\n`);

mkdirSync(resolve(repoRoot, "bench"), { recursive: true });
const results = {
  ranAt: startedAt.toISOString(),
  seconds,
  machine,
  ...Object.fromEntries(
    metrics.map((metric) => [
      metric.key,
      isMeasured(metric)
        ? {
            value: metric.value,
            unit: metric.unit,
            target: metric.target?.text ?? null,
            met: metric.target?.met ?? null,
            note: metric.note ?? null,
          }
        : { value: null, notMeasured: metric.notMeasured },
    ]),
  ),
  details,
};
writeFileSync(resolve(repoRoot, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
