/**
 * The evaluation record: which vendors compete on which criteria and weights, with gates, cost inputs and the
 * in-house baseline; its schema version and migrations.
 */
import * as z from "zod";
import {
  isoDateTimeSchema,
  lineSchema,
  outsourcedFunctionSchema,
  recordIdSchema,
  textSchema,
} from "./common";

/** Bumped whenever a stored or exported evaluation changes shape; see `migrateEvaluation`. */
export const EVALUATION_SCHEMA_VERSION = 2;

const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, "must be a 3-letter ISO currency code such as GBP");

/** An owner-typed amount: 0 or more, worded for the owner. */
const amountSchema = z
  .number({ error: "must be a number, such as 250" })
  .finite({ error: "must be a number, such as 250" })
  .nonnegative({ error: "must be 0 or more" });

/** Working hours "HH:MM-HH:MM"; `workingHoursOverlap` reads them. */
export const workingHoursSchema = z
  .string()
  .regex(/^\d{1,2}:\d{2}-\d{1,2}:\d{2}$/, "must be written HH:MM-HH:MM, such as 09:00-17:00");

/** An IANA time zone name such as "Europe/London" (checked against the zone database where it is used). */
export const timeZoneNameSchema = z
  .string()
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'must be a time zone name such as "Europe/London"');

/**
 * What one currency is worth in the evaluation's reporting currency, typed by the owner:
 * 1 `currency` = `rate` reporting-currency units, as on `asOf`.
 */
export const fxRateSchema = z.object({
  currency: currencyCodeSchema,
  rate: z.number({ error: "must be a number, such as 1.27" }).finite().positive({ error: "must be above 0" }),
  asOf: z.iso.date({ error: "must be a date written YYYY-MM-DD" }),
});
export type FxRate = z.infer<typeof fxRateSchema>;

/**
 * The owner's cost inputs for one vendor in one evaluation. Every amount is in the reporting currency
 * except where a plan's price is read. All optional: the Costs sheet starts from the evaluation's
 * defaults (team size, the cheapest plan) and zero hidden costs.
 */
export const vendorCostInputsSchema = z.object({
  /** The plan costed, by its label on the Plans sheet; absent: the cheapest for the team size. */
  plan: lineSchema(160).optional(),
  /** Seats or units costed for a per-seat plan; absent: the evaluation's team size. */
  seats: z.number().int().min(1).max(100_000).optional(),
  /** The owner's estimate of hours (hourly plans) or days (daily plans) bought a month. */
  unitsPerMonth: amountSchema.optional(),
  /** One-off: the owner's or a lawyer's time negotiating the contract. */
  negotiationCost: amountSchema.optional(),
  /** One-off: moving the work over, knowledge transfer, parallel running. */
  transitionCost: amountSchema.optional(),
  /** The owner's hours a month managing the vendor, valued at the evaluation's owner hourly value. */
  managementHoursPerMonth: amountSchema.optional(),
  /** One-off at the end of the term: exit fees, moving to the next provider. */
  exitCost: amountSchema.optional(),
  /** Price escalation a year, in percent. */
  annualIncreasePct: z.number().finite().gt(-100).optional(),
});
export type VendorCostInputs = z.infer<typeof vendorCostInputsSchema>;

/** Doing the work in-house, per month: the baseline VENDORSAVINGS compares against. */
export const inHouseBreakdownSchema = z.object({
  salaries: amountSchema.default(0),
  /** Benefits and payroll taxes, as a percentage of salaries. */
  benefitsPct: amountSchema.default(0),
  toolsAndSoftware: amountSchema.default(0),
  spaceAndEquipment: amountSchema.default(0),
  recruitingAndTurnover: amountSchema.default(0),
});
export type InHouseBreakdown = z.infer<typeof inHouseBreakdownSchema>;

/** Certifications a gate can require (the kinds the extractor recognises). */
export const GATE_CERTIFICATIONS = [
  "ISO 27001",
  "SOC 2",
  "GDPR DPA",
  "HIPAA",
  "PCI DSS",
  "Cyber Essentials",
] as const;

/**
 * A must-have: a vendor that fails any gate ranks after every vendor that passes, whatever its score.
 * `id` names the gate on the sheets and in the side panel's list of failed gates.
 */
export const gateSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("min-rating"),
    criterionId: z.string().min(1).max(64),
    /** The lowest acceptable owner's rating, 1-5. */
    min: z.number().min(1).max(5),
  }),
  z.object({
    kind: z.literal("max-monthly-cost"),
    /** In the reporting currency, for the team size, before hidden costs. */
    max: amountSchema,
  }),
  z.object({ kind: z.literal("certification"), certification: z.enum(GATE_CERTIFICATIONS) }),
  z.object({
    kind: z.literal("min-overlap"),
    /** Working hours a day shared with the owner's zone. */
    hours: z.number().min(0).max(24),
  }),
  z.object({
    kind: z.literal("min-reputation"),
    /** The lowest acceptable average rating on review sites, out of 5. */
    rating: z.number().min(0).max(5),
    /** The fewest reviews behind it. */
    reviews: z.number().int().min(0).default(0),
  }),
]);
export type Gate = z.infer<typeof gateSchema>;

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
    /**
     * Version 1's single monthly figure for doing the work in-house. Read only when `inHouse` is
     * absent; `migrateEvaluation` moves it into `inHouse.salaries`.
     */
    inHouseMonthlyCost: z.number().finite().nonnegative().optional(),
    /** The in-house baseline, broken down as an accountant would check it. */
    inHouse: inHouseBreakdownSchema.optional(),
    termMonths: z.number().int().min(1).max(240).default(36),
    /**
     * The currency every cost is compared in. Absent: the currency most of the evaluation's vendors'
     * plans are priced in (see `reportingCurrencyOf`).
     */
    reportingCurrency: currencyCodeSchema.optional(),
    /** Seats or units costed for per-seat plans, unless a vendor's own `seats` says otherwise. */
    teamSize: z.number().int().min(1).max(100_000).default(1),
    /** What an hour of the owner's time is worth, in the reporting currency. */
    ownerHourlyValue: amountSchema.default(0),
    /** Yearly discount rate in percent for a present value; 0: none. */
    discountRatePct: z.number().finite().gt(-100).default(0),
    fxRates: z.array(fxRateSchema).max(200).default([]),
    /** The owner's cost inputs per vendor id. */
    vendorCosts: z.record(recordIdSchema, vendorCostInputsSchema).default({}),
    gates: z.array(gateSchema).max(40).default([]),
    /** The owner's IANA time zone: the Vendors sheet shows each vendor's overlap with it. */
    ownerZone: timeZoneNameSchema.optional(),
    ownerHours: workingHoursSchema.default("09:00-17:00"),
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
    const currencies = new Set<string>();
    for (const [index, fx] of evaluation.fxRates.entries()) {
      if (currencies.has(fx.currency)) {
        ctx.addIssue({
          code: "custom",
          message: `the rate for ${fx.currency} is given twice; keep one`,
          path: ["fxRates", index, "currency"],
        });
      }
      currencies.add(fx.currency);
    }
    for (const [index, gate] of evaluation.gates.entries()) {
      if (gate.kind === "min-rating" && !seen.has(gate.criterionId)) {
        ctx.addIssue({
          code: "custom",
          message: `the gate names criterion "${gate.criterionId}", which this evaluation does not have`,
          path: ["gates", index, "criterionId"],
        });
      }
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

/**
 * Brings a stored or exported evaluation of an earlier schema version up to the current one.
 *
 * Version 1 had one `inHouseMonthlyCost`; version 2 breaks the in-house baseline down, so that
 * figure becomes the salaries line (with nothing added on top, it totals the same). Everything else
 * version 2 added has a default.
 *
 * @example
 * migrateEvaluation({ id: "e1", inHouseMonthlyCost: 4000, ... }, 1)
 * //=> { id: "e1", inHouse: { salaries: 4000 }, ... }
 */
export function migrateEvaluation(
  record: Record<string, unknown>,
  fromVersion: number,
): Record<string, unknown> {
  let current = { ...record };
  if (fromVersion < 2) current = upgradeEvaluationV1toV2(current);
  return current;
}

function upgradeEvaluationV1toV2(v1: Record<string, unknown>): Record<string, unknown> {
  const { inHouseMonthlyCost, ...rest } = v1;
  if (typeof inHouseMonthlyCost !== "number" || rest.inHouse !== undefined) return v1;
  return { ...rest, inHouse: { salaries: inHouseMonthlyCost } };
}
