/** The popup's headline and detail after a clip that worked, naming the vendor and what changed. */
import type { ClipOutcome } from "../capture/clip-tab";

/**
 * What the popup says after a clip that worked: a headline naming the vendor, and what changed.
 *
 * @example
 * popupClipStatus({ ok: true, kind: "page", vendorName: "BrightBooks", created: true, reviewsAdded: 3, ... })
 * //=> { headline: "Saved to your library: BrightBooks", detail: "New vendor, with 3 reviews." }
 */
export function popupClipStatus(outcome: Extract<ClipOutcome, { ok: true }>): {
  headline: string;
  detail: string;
} {
  const reviews = `${outcome.reviewsAdded} review${outcome.reviewsAdded === 1 ? "" : "s"}`;
  if (outcome.kind === "note") {
    return {
      headline: `Saved to your library: ${outcome.vendorName}`,
      detail: "The selection is a note on it.",
    };
  }
  if (outcome.kind === "review") {
    return {
      headline: `Saved to your library: ${outcome.vendorName}`,
      detail: "The selection is a review of it.",
    };
  }
  if (outcome.created) {
    return {
      headline: `Saved to your library: ${outcome.vendorName}`,
      detail: outcome.reviewsAdded === 0 ? "New vendor." : `New vendor, with ${reviews}.`,
    };
  }
  return {
    headline: `Saved to your library: ${outcome.vendorName}`,
    detail:
      outcome.reviewsAdded === 0
        ? "Already there: its details are updated from this page."
        : `Already there: ${reviews} added, details updated from this page.`,
  };
}
