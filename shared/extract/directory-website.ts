// Settles the vendor's own website on a directory page: its home page, from whichever way the page names it.
import type { VendorCandidate } from "../schema";
import type { DirectoryInfo } from "./directory";
import { directoryVendorDomain } from "./directory-vendor-domain";
import { registrableDomain } from "./registrable-domain";

/**
 * On a directory page the vendor's website is the home page of the vendor's own site, whichever way
 * the page names it (issue 17, class 1): a sub-page such as /pricing or /contact, a redirect or
 * tracking parameters (unwrapped by the adapters) all come down to the site's origin; with no link at
 * all, Trustpilot's own address names the domain (/review/brightbooks.com).
 */
export function settleDirectoryWebsite(
  vendor: VendorCandidate,
  pageUrl: string,
  directory: DirectoryInfo,
  warnings: string[],
): void {
  if (vendor.website) {
    try {
      vendor.website = `${new URL(vendor.website).origin}/`;
    } catch {
      delete vendor.website;
    }
  }
  const named = directoryVendorDomain(pageUrl);
  if (named && vendor.website && registrableDomain(vendor.website) !== registrableDomain(named)) {
    warnings.push(
      `The page links ${vendor.website} but its address names ${named}; kept ${named} as the vendor's site.`,
    );
    vendor.website = `https://${named}/`;
  } else if (named && !vendor.website) {
    vendor.website = `https://${named}/`;
    vendor.provenance.website = {
      url: pageUrl,
      capturedAt: vendor.provenance.name?.capturedAt ?? new Date(0).toISOString(),
      method: "adapter",
    };
  }
  if (!vendor.website) {
    warnings.push(
      `${directory.source} does not give ${vendor.name ?? "the vendor"}'s own website here; clip the vendor's own site too so the two merge.`,
    );
  }
}
