/** An evaluation as the popup offers it: its name, and whether the clipped vendor is in it already. */
export interface EvaluationOption {
  id: string;
  name: string;
  vendorIds: readonly string[];
}

export type EvaluationChoice =
  /** No evaluation yet: the popup offers to create one in the side panel. */
  | { kind: "none" }
  /** One evaluation the vendor is not in: it is added without a further question. */
  | { kind: "only"; evaluation: { id: string; name: string } }
  /** Several, or one the vendor is in already: the owner picks; `added` ones are shown, not offered. */
  | { kind: "pick"; options: Array<{ id: string; name: string; added: boolean }> };

/**
 * What "Add to evaluation" in the popup does for a vendor: with no evaluation it offers to make one,
 * with only one it adds the vendor to it, with several the owner picks (those the vendor is in
 * already are marked, so a second click cannot look like it did something).
 *
 * @example
 * evaluationChoice([], "brightbooks.example") //=> { kind: "none" }
 * evaluationChoice([{ id: "e1", name: "Bookkeeping 2027", vendorIds: [] }], "brightbooks.example")
 * //=> { kind: "only", evaluation: { id: "e1", name: "Bookkeeping 2027" } }
 */
export function evaluationChoice(
  evaluations: readonly EvaluationOption[],
  vendorId: string,
): EvaluationChoice {
  if (evaluations.length === 0) return { kind: "none" };
  const [only] = evaluations;
  if (evaluations.length === 1 && only && !only.vendorIds.includes(vendorId)) {
    return { kind: "only", evaluation: { id: only.id, name: only.name } };
  }
  return {
    kind: "pick",
    options: evaluations.map((evaluation) => ({
      id: evaluation.id,
      name: evaluation.name,
      added: evaluation.vendorIds.includes(vendorId),
    })),
  };
}

/**
 * The sentence after adding.
 *
 * @example
 * addedToEvaluationMessage("BrightBooks", "Bookkeeping 2027") //=> "Added BrightBooks to “Bookkeeping 2027”."
 */
export function addedToEvaluationMessage(vendorName: string, evaluationName: string): string {
  return `Added ${vendorName} to “${evaluationName}”.`;
}
