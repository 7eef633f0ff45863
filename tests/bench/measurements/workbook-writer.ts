/**
 * workbook.syncs, workbook.max_request_bytes: the scorecard writer building a workbook for 100, 1,000 and
 * 5,000 vendors x 10 criteria through the writer's own counting Office mock (excel-addin/workbook/
 * excel-context-double.ts), which measures the JSON of every request it is sent. Excel on the web refuses a
 * request over 5 MB; the target keeps a margin below that at 4 MB.
 */
import { performance } from "node:perf_hooks";
import { writeScorecard } from "../../../excel-addin/workbook/write-scorecard";
import { evaluationSchema } from "../../../shared/schema/evaluation";
import { vendorSchema } from "../../../shared/schema/vendor";
import { planScorecard } from "../../../shared/scorecard/plan-scorecard";
import { asExcelContext, ExcelContextDouble } from "../../support/office/excel-context-double";
import { syntheticEvaluation } from "../../support/scorecard/scorecard-fixture";
import type { BenchContext } from "../harness/measurement";
import { below, type MeasurementOutput } from "../harness/metric";

const SIZES = [100, 1_000, 5_000] as const;
const CRITERIA = 10;
const FOUR_MB = 4 * 1024 * 1024;

/** The writer tests' synthetic vendors (one review each), widened from their 4 criteria to 10. */
function scorecardInput(count: number) {
  const base = syntheticEvaluation(count);
  const criteria = Array.from({ length: CRITERIA }, (_, c) => ({
    id: `criterion-${c + 1}`,
    name: `Criterion ${c + 1}`,
    weight: 5 + ((c * 7) % 16),
  }));
  const evaluation = evaluationSchema.parse({ ...base.evaluation, criteria });
  const vendors = base.vendors.map((vendor, i) =>
    vendorSchema.parse({
      ...vendor,
      criterionRatings: Object.fromEntries(criteria.map((c, k) => [c.id, ((i * 7 + k * 3) % 5) + 1])),
    }),
  );
  return { evaluation, vendors, reviews: base.reviews };
}

interface SizeResult {
  vendors: number;
  syncs: number;
  chunks: number;
  maxRequestBytes: number;
  estimatedMaxRequestBytes: number;
  ms: number;
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const results: SizeResult[] = [];
  for (const count of SIZES) {
    context.log(`workbook: building the scorecard for ${count} vendors x ${CRITERIA} criteria`);
    const input = scorecardInput(count);
    const mock = new ExcelContextDouble();
    const started = performance.now();
    const plan = planScorecard({ ...input, mode: "live" });
    const report = await writeScorecard(asExcelContext(mock), plan, { mode: "build" });
    const ms = performance.now() - started;
    if (report.syncs !== mock.syncs) {
      throw new Error(`The writer reported ${report.syncs} syncs but the mock counted ${mock.syncs}.`);
    }
    results.push({
      vendors: count,
      syncs: mock.syncs,
      chunks: report.chunks,
      maxRequestBytes: Math.max(...mock.requests),
      estimatedMaxRequestBytes: report.maxRequestBytes,
      ms,
    });
  }
  const fixed = results.map((r) => r.syncs - r.chunks);
  const largest = results.at(-1) as SizeResult;
  const maxBytes = Math.max(...results.map((r) => r.maxRequestBytes));
  const perSize = (describe: (r: SizeResult) => string) =>
    results.map((r) => `${r.vendors.toLocaleString("en-GB")}: ${describe(r)}`).join(", ");
  return {
    metrics: [
      {
        key: "workbook.syncs",
        value: largest.syncs,
        unit: "count",
        target: {
          text: "same at every size (chunk syncs aside)",
          met: fixed.every((n) => n === fixed[0]),
        },
        note: `syncs (of which chunk syncs) per vendor count: ${perSize((r) => `${r.syncs} (${r.chunks})`)}`,
      },
      {
        key: "workbook.max_request_bytes",
        value: maxBytes,
        unit: "bytes",
        target: below(maxBytes, FOUR_MB, "4 MB at every size"),
        note: `largest request as the mock measured it: ${perSize((r) => `${r.maxRequestBytes.toLocaleString("en-GB")} B`)}`,
      },
    ],
    details: [
      {
        title: "Scorecard writer, build mode, 10 criteria, one review per vendor (counting Office mock)",
        header: ["vendors", "syncs", "chunk syncs", "largest request", "writer's estimate", "plan + write"],
        rows: results.map((r) => [
          r.vendors.toLocaleString("en-GB"),
          String(r.syncs),
          String(r.chunks),
          `${r.maxRequestBytes.toLocaleString("en-GB")} B`,
          `${r.estimatedMaxRequestBytes.toLocaleString("en-GB")} B`,
          `${r.ms.toFixed(0)} ms`,
        ]),
      },
    ],
  };
}
