/**
 * Finds the library's vendor for a page's address: its own site by registrable domain, the company a review
 * directory names, or an earlier clip of the same page.
 */
import { getDomain } from "tldts";
import type { Vendor } from "../../shared/schema/vendor";
import { directoryVendorDomain } from "../capture/directory-vendor-domain";
import type { VendorLibrary } from "../db/library";

/**
 * The library's vendor for a page: its own site (by registrable domain, so www. and sub-domains match), the company a Trustpilot address names, or the vendor
 * an earlier clip of this very page saved (any review directory). Undefined when none.
 */
export async function knownVendorForUrl(library: VendorLibrary, url: string): Promise<Vendor | undefined> {
  // The public-suffix list behind getDomain is 125 kB: it stays out of VendorLibrary, so the side
  // panel, which never looks a page up, does not load it.
  const domain = getDomain(url);
  const own = domain === null ? undefined : await library.findVendorByDomain(domain);
  if (own) return own;
  const named = directoryVendorDomain(url);
  if (named) {
    const vendor = await library.findVendorByDomain(named);
    if (vendor) return vendor;
  }
  // The clips table's url index; VendorLibrary has no lookup for it (yet).
  const clip = await library.db.clips.where("url").equals(url).last();
  return clip ? library.getVendor(clip.vendorId) : undefined;
}
