/** The parts of an evaluation that say which vendors it relies on, for what. */
export interface EvaluationVendors {
  id: string;
  name: string;
  /** The outsourced function, e.g. "it-support". */
  function: string;
  vendorIds: readonly string[];
}

/**
 * @name dependencyRisk
 * @summary The evaluations, and so the functions, that rely on one vendor, when more than one does.
 *
 * @description
 * Relying on one provider for several functions puts them all at risk when it fails, raises its
 * prices or is bought. A vendor selected in two or more evaluations gets every such evaluation (its
 * name and function), in the order given; a vendor in one evaluation or none gets an empty list.
 *
 * @example
 * dependencyRisk("northwind.example", [
 *   { id: "e1", name: "IT 2027", function: "it-support", vendorIds: ["northwind.example"] },
 *   { id: "e2", name: "Payroll", function: "accounting-payroll", vendorIds: ["northwind.example"] },
 * ])
 * //=> [{ evaluationId: "e1", evaluationName: "IT 2027", function: "it-support" }, { evaluationId: "e2", ... }]
 */
export function dependencyRisk(
  vendorId: string,
  evaluations: readonly EvaluationVendors[],
): { evaluationId: string; evaluationName: string; function: string }[] {
  const relying = evaluations.filter((evaluation) => evaluation.vendorIds.includes(vendorId));
  if (relying.length < 2) return [];
  return relying.map((evaluation) => ({
    evaluationId: evaluation.id,
    evaluationName: evaluation.name,
    function: evaluation.function,
  }));
}

/**
 * The risk as one line for a sheet or the side panel, or "" when there is none.
 *
 * @example
 * dependencyRiskText(dependencyRisk("northwind.example", evaluations))
 * //=> "Selected for 2 functions: it-support (IT 2027); accounting-payroll (Payroll)"
 */
export function dependencyRiskText(risk: ReturnType<typeof dependencyRisk>): string {
  if (risk.length === 0) return "";
  const functions = new Set(risk.map((entry) => entry.function));
  const list = risk.map((entry) => `${entry.function} (${entry.evaluationName})`).join("; ");
  return `Selected in ${risk.length} evaluations for ${functions.size} function${functions.size === 1 ? "" : "s"}: ${list}`;
}
