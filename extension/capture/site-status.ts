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

function isWebStore(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  return (
    hostname === "chromewebstore.google.com" ||
    (hostname === "chrome.google.com" && pathname.startsWith("/webstore")) ||
    hostname === "microsoftedge.microsoft.com"
  );
}
