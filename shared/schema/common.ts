/**
 * The schema pieces every record shares: outsourced functions, pipeline statuses, sources, capture methods,
 * provenance, and bounded ids, URLs and text.
 */
import * as z from "zod";

/** The outsourced functions an owner researches providers for. */
export const OUTSOURCED_FUNCTIONS = [
  "it-support",
  "accounting-payroll",
  "hr",
  "marketing",
  "customer-service",
  "logistics",
  "software-development",
  "legal",
  "other",
] as const;
export const outsourcedFunctionSchema = z.enum(OUTSOURCED_FUNCTIONS);
export type OutsourcedFunction = z.infer<typeof outsourcedFunctionSchema>;

/** Where a vendor stands in the owner's selection pipeline. */
export const PIPELINE_STATUSES = [
  "researching",
  "shortlisted",
  "contacted",
  "proposal",
  "due-diligence",
  "selected",
  "rejected",
] as const;
export const pipelineStatusSchema = z.enum(PIPELINE_STATUSES);
export type PipelineStatus = z.infer<typeof pipelineStatusSchema>;

/** The sites VendorScout knows how to read; "website" is the vendor's own site. */
export const SOURCES = [
  "website",
  "trustpilot",
  "g2",
  "capterra",
  "clutch",
  "yelp",
  "upwork",
  "google",
  "manual",
  "other",
] as const;
export const sourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof sourceSchema>;

/** How a field's value was found, in the order capture layers are tried, then the owner's own hand. */
export const CAPTURE_METHODS = [
  "json-ld",
  "microdata",
  "opengraph",
  "meta",
  "adapter",
  "heuristic",
  "selection",
  "manual",
  "import",
] as const;
export const captureMethodSchema = z.enum(CAPTURE_METHODS);
export type CaptureMethod = z.infer<typeof captureMethodSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar date or a full timestamp, as review sites publish either. */
export const isoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** An http(s) URL: page text never becomes a javascript: or data: link. */
export const httpUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), {
    message: "must be an http(s) URL",
  });

/** Record ids: short, printable, safe as a Dexie key and as an Excel cell value. */
export const recordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, "must be 1-128 letters, digits or . _ : -");

/** Where one field's value came from: the page, the time, and the layer that found it. */
export const provenanceSchema = z.object({
  url: httpUrlSchema.optional(),
  capturedAt: isoDateTimeSchema,
  method: captureMethodSchema,
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Single-line text from a page or the owner, bounded so one hostile page cannot fill the library. */
export const lineSchema = (max = 300) => z.string().trim().min(1).max(max);
export const textSchema = (max = 20_000) => z.string().max(max);
