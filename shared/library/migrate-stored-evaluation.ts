/**
 * One job: bring an evaluation the library stored under an earlier schema up to the current one, for
 * the database's upgrade (extension/db/vendorscout-db.ts, version 7).
 */
import { type Evaluation, evaluationSchema, migrateEvaluation } from "../schema/evaluation";

/**
 * A stored evaluation in the current shape: `migrateEvaluation` from version 1 (stored evaluations
 * carry no version, and one of version 2 passes through it unchanged), then the schema, which fills
 * the fields version 2 added (team size, FX rates, gates, …) with their defaults. Undefined when the
 * record is not a valid evaluation even so: the caller keeps it as it is rather than lose it.
 *
 * @example
 * migrateStoredEvaluation({ id: "e1", inHouseMonthlyCost: 4000, ... })
 * //=> { id: "e1", inHouse: { salaries: 4000, benefitsPct: 0, ... }, teamSize: 1, gates: [], ... }
 * migrateStoredEvaluation({ id: "e1", criteria: [] }) //=> undefined
 */
export function migrateStoredEvaluation(record: unknown): Evaluation | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  const parsed = evaluationSchema.safeParse(migrateEvaluation(record as Record<string, unknown>, 1));
  return parsed.success ? parsed.data : undefined;
}
