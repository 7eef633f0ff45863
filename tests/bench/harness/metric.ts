/** What a run found for one key of bench/results.json. */
export type Metric = MeasuredMetric | UnmeasuredMetric;

export interface MeasuredMetric {
  key: string;
  value: number;
  unit: MetricUnit;
  /** The limit the issue sets, and whether this run met it; absent for figures reported for context. */
  target?: Target;
  /** A short line on what was timed, or what the figure leaves out. */
  note?: string;
}

export interface UnmeasuredMetric {
  key: string;
  /** Why there is no figure, as a sentence: a part that has not landed, a run that failed. */
  notMeasured: string;
}

export type MetricUnit = "ms" | "ratio" | "bytes" | "count" | "fields";

export interface Target {
  text: string;
  met: boolean;
}

/** Extra per-item figures behind a metric (per-page medians, per-entry sizes). */
export interface DetailTable {
  title: string;
  header: string[];
  rows: string[][];
}

export interface MeasurementOutput {
  metrics: Metric[];
  details?: DetailTable[];
}

export function isMeasured(metric: Metric): metric is MeasuredMetric {
  return "value" in metric;
}

/** `value <= limit` */
export function atMost(value: number, limit: number): Target {
  return { text: `<= ${limit}`, met: value <= limit };
}

/** `value < limit` */
export function below(value: number, limit: number, limitText = String(limit)): Target {
  return { text: `< ${limitText}`, met: value < limit };
}

/** Every key a measurement promised, marked not measured for one reason (it failed or its part is absent). */
export function notMeasured(keys: readonly string[], why: string): Metric[] {
  return keys.map((key) => ({ key, notMeasured: why }));
}
