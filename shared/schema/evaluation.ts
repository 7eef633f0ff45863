import * as z from "zod";
import {
  isoDateTimeSchema,
  lineSchema,
  outsourcedFunctionSchema,
  recordIdSchema,
  textSchema,
} from "./common";

export const EVALUATION_SCHEMA_VERSION = 1;

export const criterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "must be lower-case letters, digits and dashes"),
  name: lineSchema(120),
  /** Relative weight; the scorecard shows weights as percentages of their sum. */
  weight: z.number().finite().nonnegative(),
  direction: z.enum(["higher-is-better", "lower-is-better"]).default("higher-is-better"),
  description: textSchema(1000).default(""),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A named decision: which vendors compete, on which criteria, with which weights. */
export const evaluationSchema = z
  .object({
    id: recordIdSchema,
    name: lineSchema(200),
    function: outsourcedFunctionSchema,
    criteria: z.array(criterionSchema).min(1).max(40),
    vendorIds: z.array(recordIdSchema).max(10_000).default([]),
    /** Monthly cost of doing the work in house, the baseline the Costs sheet compares against. */
    inHouseMonthlyCost: z.number().finite().nonnegative().optional(),
    termMonths: z.number().int().min(1).max(240).default(36),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .superRefine((evaluation, ctx) => {
    const seen = new Set<string>();
    for (const [index, criterion] of evaluation.criteria.entries()) {
      if (seen.has(criterion.id)) {
        ctx.addIssue({
          code: "custom",
          message: `criterion id "${criterion.id}" is used twice`,
          path: ["criteria", index, "id"],
        });
      }
      seen.add(criterion.id);
    }
    if (evaluation.criteria.every((criterion) => criterion.weight === 0)) {
      ctx.addIssue({
        code: "custom",
        message: "at least one criterion needs a weight above zero",
        path: ["criteria"],
      });
    }
  });
export type Evaluation = z.infer<typeof evaluationSchema>;
export type EvaluationInput = z.input<typeof evaluationSchema>;

export function isEvaluation(value: unknown): value is Evaluation {
  return evaluationSchema.safeParse(value).success;
}
