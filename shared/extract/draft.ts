/**
 * The shapes each extraction layer returns: a vendor draft with every field optional, merged first hit wins,
 * and review drafts.
 */
import type { CountryCode } from "libphonenumber-js";
import type { CaptureMethod, Certification, OutsourcedFunction, PricePlan, ReviewCandidate } from "../schema";

/** What one layer found about the vendor; every field optional, merged first-hit-wins. */
export interface VendorDraft {
  name?: string;
  website?: string;
  function?: OutsourcedFunction;
  description?: string;
  location?: { country?: string; region?: string; city?: string };
  timeZone?: string;
  languages?: string[];
  contacts?: { emails?: string[]; phones?: string[]; address?: string };
  pricing?: { model?: PricingModel; plans?: PricePlan[]; currency?: string };
  certifications?: Certification[];
  logo?: string;
  /** Price ranges the page states without naming plans ("49–199 EUR"): shown as a warning, not saved as plans. */
  priceRanges?: string[];
}
export type PricingModel = "fixed" | "hourly" | "monthly" | "per-seat" | "per-transaction" | "quote";

export interface AggregateRatingDraft {
  value: number;
  scale: number;
  count?: number;
}

/** A review before its quote selector is worked out from the page text. */
export type ReviewDraft = Omit<ReviewCandidate, "quote" | "scale"> & { scale?: number };

export interface LayerResult {
  method: CaptureMethod;
  vendor: VendorDraft;
  rating?: AggregateRatingDraft;
  reviews: ReviewDraft[];
  /** What the layer could not read in full, as sentences for the capture's warnings. */
  warnings?: string[];
  /**
   * The country of the numbers the page writes with their country code, when they agree on one: a
   * better guide to its national numbers than a language tag ("en-US" is many a theme's default).
   */
  writtenPhoneCountry?: CountryCode;
}
