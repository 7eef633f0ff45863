/**
 * What the toolbar badge and the popup say after a clip, or on a page whose vendor is already in the library.
 */
import type { ClipOutcome } from "./clip-tab";

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/**
 * The toolbar badge after a clip: a green tick with what was saved, or a red "!" with the reason in
 * the tooltip (the popup shows the same sentence).
 *
 * @example
 * clipBadge({ ok: false, message: "Nothing is selected…" })
 * //=> { text: "!", color: "#b3261e", title: "VendorScout: Nothing is selected…" }
 */
export function clipBadge(outcome: ClipOutcome): BadgeState {
  // A question, not a failure: amber "?" until the owner answers in the side panel.
  if (!outcome.ok && outcome.asking)
    return { text: "?", color: "#8a5300", title: `VendorScout: ${outcome.message}` };
  if (!outcome.ok) return { text: "!", color: "#b3261e", title: `VendorScout: ${outcome.message}` };
  return { text: "✓", color: "#107c10", title: `VendorScout: ${clipSummary(outcome)}` };
}

/** One sentence saying what a successful clip did. */
export function clipSummary(outcome: Extract<ClipOutcome, { ok: true }>): string {
  if (outcome.kind === "note") return `Saved the selection as a note on ${outcome.vendorName}.`;
  if (outcome.kind === "review") return `Saved the selection as a review of ${outcome.vendorName}.`;
  const reviews =
    outcome.reviewsAdded === 0
      ? ""
      : ` with ${outcome.reviewsAdded} new review${outcome.reviewsAdded === 1 ? "" : "s"}`;
  return outcome.created
    ? `Added ${outcome.vendorName} to your library${reviews}.`
    : `Updated ${outcome.vendorName} in your library${reviews}.`;
}

/** The badge on a page whose vendor is already in the library (opt-in directory permission). */
export function knownVendorBadge(vendorName: string | undefined): BadgeState {
  if (vendorName === undefined) return { text: "", color: "#107c10", title: "VendorScout" };
  return { text: "✓", color: "#107c10", title: `VendorScout: ${vendorName} is in your library.` };
}
