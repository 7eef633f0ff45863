/**
 * The messages between the service worker and the offscreen document that extracts a page, checked with zod
 * on the way back.
 */
import * as z from "zod";
import { type Capture, captureSchema } from "../../shared/schema/capture";
import { type ReviewCandidate, reviewCandidateSchema } from "../../shared/schema/review";

/** Only the offscreen document answers messages with this target; every other listener ignores them. */
export const OFFSCREEN_TARGET = "vendorscout-offscreen";

export const extractRequestSchema = z.object({
  target: z.literal(OFFSCREEN_TARGET),
  type: z.literal("extract"),
  html: z.string(),
  url: z.string(),
  capturedAt: z.iso.datetime({ offset: true }),
  selectionText: z.string().optional(),
  /** Also turn the selection into a review (context menu "Save selection as a review"). */
  selectionAsReview: z.boolean().default(false),
});
export type ExtractRequest = z.input<typeof extractRequestSchema>;

export type ExtractResponse =
  | {
      ok: true;
      capture: Capture;
      review?: ReviewCandidate;
      /** Whether the page reads as a provider's (shared/extract/provider-signals), and why. */
      signals?: { looksLikeProvider: boolean; found: string[] };
    }
  | { ok: false; message: string };

const extractResponseSchema = z.union([
  z.object({
    ok: z.literal(true),
    capture: captureSchema,
    review: reviewCandidateSchema.optional(),
    signals: z.object({ looksLikeProvider: z.boolean(), found: z.array(z.string()) }).optional(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/** Checks what came back over the message channel, so a broken answer is an error, not bad data. */
export function readExtractResponse(value: unknown): ExtractResponse {
  const parsed = extractResponseSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return {
    ok: false,
    message: "VendorScout could not read this page's details. Reload the page and clip again.",
  };
}
