/**
 * The vendor record: its schema with pricing, ratings, contacts and certifications, the fields a clip may
 * fill, its version and migrations.
 */
import * as z from "zod";
import {
  httpUrlSchema,
  isoDateTimeSchema,
  lineSchema,
  outsourcedFunctionSchema,
  pipelineStatusSchema,
  provenanceSchema,
  recordIdSchema,
  sourceSchema,
  textSchema,
} from "./common";
import { phoneSchema, readPhones } from "./phone";

/** Bumped whenever a stored or exported vendor changes shape; see `migrateVendor`. */
export const VENDOR_SCHEMA_VERSION = 3;

export const PRICING_MODELS = ["fixed", "hourly", "monthly", "per-seat", "per-transaction", "quote"] as const;
export const pricingModelSchema = z.enum(PRICING_MODELS);

export const PRICE_PERIODS = ["one-time", "hour", "day", "week", "month", "quarter", "year"] as const;
export const pricePeriodSchema = z.enum(PRICE_PERIODS);
export type PricePeriod = z.infer<typeof pricePeriodSchema>;

export const CERTIFICATIONS = [
  "ISO 27001",
  "SOC 2",
  "ISO 9001",
  "GDPR DPA",
  "HIPAA",
  "PCI DSS",
  "Cyber Essentials",
  "other",
] as const;
export const certificationSchema = z.object({
  kind: z.enum(CERTIFICATIONS),
  /** The words the page used, e.g. "SOC 2 Type II"; kept so "other" is still meaningful. */
  label: lineSchema(120),
});
export type Certification = z.infer<typeof certificationSchema>;

/**
 * A number the owner may type in the vendor page (a price, a fee, a rating), with messages in the
 * owner's words: an empty or non-numeric cell arrives as NaN, which zod would call "expected number,
 * received NaN".
 */
function typedAmount(example: string) {
  return z
    .number({ error: `must be a number, such as ${example}` })
    .nonnegative({ error: "must be 0 or more" });
}

export const pricePlanSchema = z.object({
  name: lineSchema(120),
  price: typedAmount("249.50"),
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/, "must be a 3-letter ISO currency code"),
  period: pricePeriodSchema,
  perSeat: z.boolean().optional(),
});
export type PricePlan = z.infer<typeof pricePlanSchema>;

export const pricingSchema = z.object({
  model: pricingModelSchema.optional(),
  plans: z.array(pricePlanSchema).max(50).default([]),
  setupFee: typedAmount("500").optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO currency code")
    .optional(),
});
export type Pricing = z.infer<typeof pricingSchema>;

export const sourceRatingSchema = z.object({
  source: sourceSchema,
  value: typedAmount("4.5"),
  scale: z.number({ error: "must be a number, such as 5" }).positive({ error: "must be above 0" }),
  count: z
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .nonnegative({ error: "must be 0 or more" })
    .optional(),
  url: httpUrlSchema.optional(),
  capturedAt: isoDateTimeSchema,
});
export type SourceRating = z.infer<typeof sourceRatingSchema>;

export const locationSchema = z.object({
  country: lineSchema(80).optional(),
  region: lineSchema(80).optional(),
  city: lineSchema(80).optional(),
});

export const contactsSchema = z.object({
  emails: z.array(z.email().max(254)).max(20).default([]),
  phones: z.array(phoneSchema).max(20).default([]),
  address: lineSchema(400).optional(),
});
export type Contacts = z.infer<typeof contactsSchema>;

/**
 * The parts of a vendor's contacts, which the owner edits one at a time. An edit to one part is kept
 * under its own provenance key (`contactPartField`), so the other parts still take what later clips find.
 */
export const CONTACT_PARTS = ["emails", "phones", "address"] as const;
export type ContactPart = (typeof CONTACT_PARTS)[number];

/** The provenance key of one part of the contacts: "contacts.emails", "contacts.phones", "contacts.address". */
export function contactPartField(part: ContactPart): `contacts.${ContactPart}` {
  return `contacts.${part}`;
}

/** Fields a clip can fill and the owner can edit; provenance is kept per field name (and per contact part). */
export const VENDOR_CAPTURED_FIELDS = [
  "name",
  "website",
  "function",
  "description",
  "location",
  "timeZone",
  "languages",
  "contacts",
  "pricing",
  "certifications",
  "logo",
] as const;
export type VendorCapturedField = (typeof VENDOR_CAPTURED_FIELDS)[number];

/** The part of a vendor a page can tell us; also the shape the extractor returns. */
export const vendorCandidateSchema = z.object({
  name: lineSchema(300).optional(),
  website: httpUrlSchema.optional(),
  /** Registrable domain of the vendor's own site: the vendor's identity across clips. */
  domain: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a registrable domain such as example.com")
    .optional(),
  function: outsourcedFunctionSchema.optional(),
  description: textSchema(5000).optional(),
  location: locationSchema.optional(),
  timeZone: lineSchema(64).optional(),
  languages: z.array(lineSchema(40)).max(30).default([]),
  contacts: contactsSchema.default({ emails: [], phones: [] }),
  pricing: pricingSchema.default({ plans: [] }),
  certifications: z.array(certificationSchema).max(30).default([]),
  ratings: z.array(sourceRatingSchema).max(30).default([]),
  logo: httpUrlSchema.optional(),
  provenance: z.record(z.string(), provenanceSchema).default({}),
});
export type VendorCandidate = z.infer<typeof vendorCandidateSchema>;

/**
 * A vendor candidate with nothing known yet: every list empty, no optional field set. The one
 * empty vendor the extractor, the capture check and the library start from; it is the schema's own
 * defaults, so a field added to the schema with a default shows up here too.
 */
export function emptyVendorCandidate(): VendorCandidate {
  return vendorCandidateSchema.parse({});
}

/** A vendor in the owner's library. */
export const vendorSchema = vendorCandidateSchema.extend({
  id: recordIdSchema,
  name: lineSchema(300),
  status: pipelineStatusSchema.default("researching"),
  tags: z.array(lineSchema(40)).max(50).default([]),
  notes: textSchema(20_000).default(""),
  /** The owner's own 1-5 ratings, keyed by criterion id. */
  criterionRatings: z.record(z.string(), z.number().min(1).max(5)).default({}),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Vendor = z.infer<typeof vendorSchema>;
export type VendorInput = z.input<typeof vendorSchema>;

export function isVendor(value: unknown): value is Vendor {
  return vendorSchema.safeParse(value).success;
}

/**
 * Brings a stored or exported vendor record of an earlier schema version up to the current one.
 *
 * Version 1 (the 0.0.x previews) kept one `category` instead of `function` and a single
 * `rating`/`reviewCount` pair instead of ratings per source. Versions 1 and 2 kept each phone as
 * written only; version 3 keeps it as written and in E.164 (`readPhones`, for the website's country).
 *
 * @example
 * migrateVendor({ id: "acme.com", name: "Acme", category: "hr", rating: 4.5, reviewCount: 10, ... }, 1)
 * //=> { id: "acme.com", name: "Acme", function: "hr", ratings: [{ source: "other", value: 4.5, scale: 5, count: 10, ... }], ... }
 */
export function migrateVendor(record: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = { ...record };
  if (fromVersion < 2) current = upgradeVendorV1toV2(current);
  if (fromVersion < 3) current = upgradeVendorV2toV3(current);
  return current;
}

function upgradeVendorV1toV2(v1: Record<string, unknown>): Record<string, unknown> {
  const { category, rating, reviewCount, ...rest } = v1;
  const next: Record<string, unknown> = { ...rest };
  if (category !== undefined && rest.function === undefined) next.function = category;
  if (typeof rating === "number") {
    const capturedAt = typeof v1.updatedAt === "string" ? v1.updatedAt : new Date(0).toISOString();
    next.ratings = [
      {
        source: "other",
        value: rating,
        scale: 5,
        ...(typeof reviewCount === "number" ? { count: reviewCount } : {}),
        capturedAt,
      },
    ];
  }
  return next;
}

function upgradeVendorV2toV3(v2: Record<string, unknown>): Record<string, unknown> {
  const contacts = v2.contacts;
  if (typeof contacts !== "object" || contacts === null || Array.isArray(contacts)) return v2;
  const { phones } = contacts as { phones?: unknown };
  if (!Array.isArray(phones) || !phones.every((phone) => typeof phone === "string")) return v2;
  const website = typeof v2.website === "string" ? v2.website : undefined;
  return { ...v2, contacts: { ...contacts, phones: readPhones(phones, [], website) } };
}
