/**
 * What the popup says about the current tab, before a clip and after one, so the line always agrees with the
 * clip's result.
 */
import type { ClipOutcome } from "./clip-tab";

export type SiteStatus =
  | { kind: "not-allowed"; message: string }
  | { kind: "known"; message: string; vendorId: string }
  | { kind: "unknown"; message: string };

/**
 * What the popup says about the current tab before any clip.
 *
 * @example
 * siteStatus("https://brightbooks.example/", { id: "brightbooks.example", name: "BrightBooks", status: "shortlisted" })
 * //=> { kind: "known", message: "Already in your library: BrightBooks, shortlisted.", vendorId: "brightbooks.example" }
 */
export function siteStatus(
  url: string | undefined,
  vendor: { id: string; name: string; status: string } | undefined,
): SiteStatus {
  if (url === undefined || !/^https?:\/\//i.test(url) || isWebStore(url)) {
    return {
      kind: "not-allowed",
      message:
        "Chrome does not let extensions read this page (browser pages, the Chrome Web Store). Open a provider's site or review page to clip it.",
    };
  }
  if (vendor) {
    return {
      kind: "known",
      message: `Already in your library: ${vendor.name}, ${vendor.status.replace(/-/g, " ")}.`,
      vendorId: vendor.id,
    };
  }
  return { kind: "unknown", message: "Not in your library yet." };
}

/**
 * What the popup says about the current tab after a clip, so the line agrees with the clip's result:
 * a failed clip saved nothing and changes nothing; a saved one puts the vendor in the library. The
 * vendor looked up again after the clip gives its pipeline status, if it is the vendor the clip saved.
 *
 * @example
 * siteStatusAfterClip(
 *   { kind: "unknown", message: "Not in your library yet." },
 *   { ok: true, kind: "page", vendorId: "brightbooks.example", vendorName: "BrightBooks", created: true, reviewsAdded: 0, warnings: [] },
 *   { id: "brightbooks.example", name: "BrightBooks", status: "researching" },
 * )
 * //=> { kind: "known", message: "In your library: BrightBooks, researching.", vendorId: "brightbooks.example" }
 */
export function siteStatusAfterClip(
  before: SiteStatus,
  outcome: ClipOutcome,
  vendor: { id: string; name: string; status: string } | undefined,
): SiteStatus {
  if (!outcome.ok) return before;
  const found = vendor?.id === outcome.vendorId ? vendor : undefined;
  const named = found ? `${found.name}, ${found.status.replace(/-/g, " ")}` : outcome.vendorName;
  return { kind: "known", message: `In your library: ${named}.`, vendorId: outcome.vendorId };
}

function isWebStore(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return (
    hostname === "chromewebstore.google.com" ||
    (hostname === "chrome.google.com" && pathname.startsWith("/webstore")) ||
    hostname === "microsoftedge.microsoft.com"
  );
}
