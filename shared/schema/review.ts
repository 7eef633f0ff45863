/**
 * The review record: the schema of a review as a page shows it and as the library keeps it, its quote
 * selector, and the stable id that stores a review clipped twice once.
 */
import * as z from "zod";
import {
  httpUrlSchema,
  isoDateSchema,
  isoDateTimeSchema,
  lineSchema,
  recordIdSchema,
  sourceSchema,
  textSchema,
} from "./common";

export const REVIEW_SCHEMA_VERSION = 1;

/**
 * Enough text to find the quote again on its source page (W3C Web Annotation TextQuoteSelector):
 * the exact text and up to 32 characters on either side.
 */
export const quoteSelectorSchema = z.object({
  exact: textSchema(20_000),
  prefix: z.string().max(32),
  suffix: z.string().max(32),
});
export type QuoteSelector = z.infer<typeof quoteSelectorSchema>;

/** A review as a page shows it, before it belongs to a vendor in the library. */
export const reviewCandidateSchema = z.object({
  source: sourceSchema,
  url: httpUrlSchema.optional(),
  author: lineSchema(200).optional(),
  rating: z.number().finite().nonnegative().optional(),
  scale: z.number().finite().positive().default(5),
  title: lineSchema(500).optional(),
  body: textSchema(20_000),
  date: isoDateSchema.optional(),
  /** Sub-ratings some directories publish (Capterra: "Ease of Use", "Value for Money"...). */
  subRatings: z.record(z.string().max(60), z.number().finite().nonnegative()).optional(),
  quote: quoteSelectorSchema,
});
export type ReviewCandidate = z.infer<typeof reviewCandidateSchema>;

export const reviewSchema = reviewCandidateSchema
  .extend({
    id: recordIdSchema,
    vendorId: recordIdSchema,
    capturedAt: isoDateTimeSchema,
  })
  .refine((review) => review.rating === undefined || review.rating <= review.scale, {
    message: "rating must not exceed its scale",
    path: ["rating"],
  });
export type Review = z.infer<typeof reviewSchema>;

export function isReview(value: unknown): value is Review {
  return reviewSchema.safeParse(value).success;
}

/**
 * A stable id for a review, so the same review clipped twice (or from two pages of a directory)
 * is stored once: FNV-1a over vendor, source, author, date and the text.
 *
 * @example
 * reviewId("acme.com", { source: "g2", author: "Ann", date: "2026-01-02", body: "Great" })
 * //=> "r-…" (the same string every time for the same input)
 */
export function reviewId(
  vendorId: string,
  review: Pick<ReviewCandidate, "source" | "author" | "date" | "body" | "title">,
): string {
  const key = [
    vendorId,
    review.source,
    review.author ?? "",
    review.date ?? "",
    review.title ?? "",
    review.body,
  ]
    .join("\u0000")
    .normalize("NFC");
  return `r-${fnv1a52(key).toString(36)}`;
}

function fnv1a52(text: string): number {
  // 52-bit FNV-1a split over two 26-bit halves so it stays exact in doubles.
  let hi = 0x811c >>> 0;
  let lo = 0x9dc5 >>> 0;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    const loProduct = lo * 0x1b3;
    const hiProduct = hi * 0x1b3 + lo * 0x100;
    lo = loProduct % 0x4000000;
    hi = (hiProduct + Math.floor(loProduct / 0x4000000)) % 0x4000000;
  }
  return hi * 0x4000000 + lo;
}
