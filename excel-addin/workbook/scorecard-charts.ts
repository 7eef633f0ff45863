/**
 * Draws the score chart on a sheet the build writes, and points an existing chart's series at the
 * grown columns after an Update appended rows (titles, colours and size the owner set stay).
 */
import type { TableReconciliation } from "../../shared/scorecard/reconcile-scorecard";
import { columnLetter, type PlanChart } from "../../shared/scorecard/scorecard-plan";

function chartColumns(
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  chart: PlanChart,
): { values: Excel.Range; categories: Excel.Range } | undefined {
  const values = t.columnIndex.get(chart.valueColumn);
  const categories = t.columnIndex.get(chart.categoryColumn);
  if (values === undefined || categories === undefined) return undefined;
  const column = (col: number) => sheet.getRangeByIndexes(t.firstBodyRow, col, t.bodyRowCount, 1);
  return { values: column(values), categories: column(categories) };
}

export function addChart(
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  spec: PlanChart,
  name: string,
): void {
  const ranges = chartColumns(sheet, t, spec);
  if (!ranges) return;
  const chart = sheet.charts.add("BarClustered", ranges.values, "Columns");
  chart.name = name;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = "Score";
  series.setXAxisValues(ranges.categories);
  chart.setPosition(`${columnLetter(spec.anchorColumn)}${spec.anchorRow + 1}`);
}

export function extendChart(
  chart: Excel.Chart,
  sheet: Excel.Worksheet,
  t: TableReconciliation,
  spec: PlanChart,
): void {
  const ranges = chartColumns(sheet, t, spec);
  if (!ranges) return;
  const series = chart.series.getItemAt(0);
  series.setValues(ranges.values);
  series.setXAxisValues(ranges.categories);
}
