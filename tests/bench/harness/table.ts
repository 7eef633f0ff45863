import type { DetailTable, Metric, MetricUnit } from "./metric";
import { isMeasured } from "./metric";

const GROUPED = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/**
 * A figure as the table prints it: ratios with two decimals and an "x", times with three significant
 * digits (enough for figures whose noise on a shared machine is several percent), sizes and counts whole.
 *
 * @example
 * formatValue(1.2345, "ratio")
 * //=> "1.23x"
 *
 * @example
 * formatValue(0.012345, "ms")
 * //=> "0.0123 ms"
 */
export function formatValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case "ratio":
      return `${value.toFixed(2)}x`;
    case "ms":
      return `${Number(value.toPrecision(3))} ms`;
    case "bytes":
      return `${GROUPED.format(value)} B`;
    case "count":
      return GROUPED.format(value);
    case "fields":
      return `${GROUPED.format(value)} fields`;
  }
}

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** A Markdown table; the same text goes to the terminal and into BENCHMARKS.md. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.map(cell).join(" | ")} |`);
  return lines.join("\n");
}

/**
 * The main table: one row per key. A measured key shows its value, its target and "met" or "MISSED";
 * a key without a figure says "not measured: <why>" in the value column, never a number.
 */
export function formatMetricTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((metric) => {
    if (!isMeasured(metric)) return [metric.key, `not measured: ${metric.notMeasured}`, "", "", ""];
    const status = metric.target === undefined ? "" : metric.target.met ? "met" : "MISSED";
    return [
      metric.key,
      formatValue(metric.value, metric.unit),
      metric.target?.text ?? "",
      status,
      metric.note ?? "",
    ];
  });
  return markdownTable(["key", "value", "target", "status", "how"], rows);
}

export function formatDetailTable(detail: DetailTable): string {
  return `${detail.title}\n\n${markdownTable(detail.header, detail.rows)}`;
}
