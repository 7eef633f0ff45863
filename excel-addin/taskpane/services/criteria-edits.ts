/**
 * Adding and removing criteria within the evaluation schema's limits, as pure functions the criteria editor
 * calls.
 */
import type { Criterion } from "../../../shared/schema/evaluation";

/** Limits of the evaluation schema: 1-40 criteria, names of 1-120 characters. */
export const MAX_CRITERIA = 40;
const MAX_NAME = 120;

/**
 * A new criterion with weight 0, its id a slug of the name unique among `criteria`; null when the
 * name is blank or there are already 40 criteria.
 *
 * @example
 * addCriterion([], "Data residency (EU)")
 * //=> [{ id: "data-residency-eu", name: "Data residency (EU)", weight: 0, direction: "higher-is-better", description: "" }]
 */
export function addCriterion(criteria: readonly Criterion[], name: string): Criterion[] | null {
  const clean = name.trim().slice(0, MAX_NAME);
  if (!clean || criteria.length >= MAX_CRITERIA) return null;
  const base =
    clean
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 56) || "criterion";
  const taken = new Set(criteria.map((criterion) => criterion.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return [...criteria, { id, name: clean, weight: 0, direction: "higher-is-better", description: "" }];
}

/** The criteria without the one at `index`; the last criterion is never removed (an evaluation needs one). */
export function removeCriterion(criteria: readonly Criterion[], index: number): Criterion[] {
  if (criteria.length <= 1) return [...criteria];
  return criteria.filter((_, i) => i !== index);
}
