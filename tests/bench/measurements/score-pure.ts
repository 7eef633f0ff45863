/**
 * score.pure_ratio: weightedScore over 100,000 vendors x 10 criteria, against the floor any weighted
 * score has to pay: a bare dot product over a Float64Array. One sample is one pass over every vendor.
 */
import { weightedScore } from "../../../shared/scoring";
import { compareInterleaved } from "../harness/interleave";
import type { BenchContext } from "../harness/measurement";
import { atMost, type MeasurementOutput } from "../harness/metric";

const VENDORS = 100_000;
const CRITERIA = 10;
const SCALE_MAX = 5;

/** A small deterministic generator, so every run scores the same numbers. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const random = lcg(42);
  const weights = Array.from({ length: CRITERIA }, () => 1 + Math.floor(random() * 20));
  // What the scorecard holds: one array of ratings (whole 1-5 and halves) per vendor.
  const ratings = Array.from({ length: VENDORS }, () =>
    Array.from({ length: CRITERIA }, () => 1 + Math.floor(random() * 9) / 2),
  );
  const flatRatings = new Float64Array(ratings.flat());
  const flatWeights = new Float64Array(weights);
  const out = new Float64Array(VENDORS);
  let weightSum = 0;
  for (const w of weights) weightSum += w;

  const ours = () => {
    for (let v = 0; v < VENDORS; v++) out[v] = weightedScore(ratings[v] as number[], weights, SCALE_MAX);
  };
  const floor = () => {
    for (let v = 0; v < VENDORS; v++) {
      let dot = 0;
      const base = v * CRITERIA;
      for (let c = 0; c < CRITERIA; c++)
        dot += (flatRatings[base + c] as number) * (flatWeights[c] as number);
      out[v] = (dot / weightSum / SCALE_MAX) * 100;
    }
  };

  // Both sides must compute the same scores, or the ratio compares different work.
  ours();
  const expected = Float64Array.from(out);
  floor();
  for (let v = 0; v < VENDORS; v++) {
    if (Math.abs((out[v] as number) - (expected[v] as number)) > 1e-9) {
      throw new Error(`weightedScore and the dot product disagree on vendor ${v}.`);
    }
  }

  context.log("score.pure: 10 warm-up + 100 interleaved rounds");
  const result = await compareInterleaved(
    { name: "weightedScore", run: ours },
    { name: "Float64Array dot product", run: floor },
    { warmupRounds: 10, rounds: 100 },
  );
  return {
    metrics: [
      {
        key: "score.pure_ratio",
        value: result.ratio,
        unit: "ratio",
        target: atMost(result.ratio, 2),
        note: `100k vendors x 10: weightedScore ${result.measured.medianMs.toFixed(2)} ms vs dot product ${result.baseline.medianMs.toFixed(2)} ms (medians of 100)`,
      },
    ],
  };
}
