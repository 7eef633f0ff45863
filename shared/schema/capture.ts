/**
 * The schema of what one clip of one page yields: the vendor it names, its reviews, and what could not be
 * read.
 */
import * as z from "zod";
import { httpUrlSchema, isoDateTimeSchema } from "./common";
import { reviewCandidateSchema } from "./review";
import { vendorCandidateSchema } from "./vendor";

/** What one clip of one page yields: the vendor it names, its reviews, and what could not be read. */
export const captureSchema = z.object({
  url: httpUrlSchema,
  capturedAt: isoDateTimeSchema,
  /** "vendor-site" when the page is the vendor's own, otherwise the directory that hosts it. */
  pageKind: z.enum(["vendor-site", "directory"]),
  vendor: vendorCandidateSchema,
  reviews: z.array(reviewCandidateSchema).max(500),
  warnings: z.array(z.string().max(500)).max(100),
});
export type Capture = z.infer<typeof captureSchema>;
