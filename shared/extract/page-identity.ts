/** Decides how far a page's claims about its own address count for the vendor's identity, and settles the vendor's site on its own pages. */
import type { VendorCandidate } from "../schema";
import { hostOf, registrableDomain } from "./registrable-domain";

/**
 * How far what a page says about its own address (canonical link, og:site_name, JSON-LD url) counts:
 * - "address": not at all; the page's own address names the vendor (issue 19, finding 3).
 * - "saved-file": a copy the owner saved and opened from disk (file:). Its address names no site, so what
 *   the copy says about itself is all there is; the capture says so in a warning.
 * - "development-host": a page on localhost or an IP address, trusted because the extractor was told to
 *   (development builds and tests serve saved copies there).
 */
export type PageClaimTrust = "address" | "saved-file" | "development-host";

/**
 * Whether a page may name its own vendor, from its address as the browser gave it (before any fallback).
 *
 * A page on a registrable domain never may: its address decides. An http(s) page on a host without a
 * registrable domain (localhost, 127.0.0.1, 192.168.1.5, a LAN name) may only when
 * `trustHostsWithoutDomain` is set, which only development builds and tests do: in a production build any
 * program on the owner's computer or network could serve a page there that claims another vendor's
 * identity. A file: page may in every build: the browser opens one only when the owner has turned on the
 * extension's "Allow access to file URLs" and opened the file; it is the owner's own copy, and its
 * address has no host to fall back to. Anything else (about:, data:, an unreadable address) may not.
 *
 * @example
 * pageClaimTrustRaw("https://evil.example/page", true)             //=> "address"
 * pageClaimTrustRaw("http://localhost:4173/clutch.html", false)    //=> "address"
 * pageClaimTrustRaw("http://localhost:4173/clutch.html", true)     //=> "development-host"
 * pageClaimTrustRaw("file:///home/me/brightbooks.html", false)     //=> "saved-file"
 * pageClaimTrustRaw("about:blank", true)                           //=> "address"
 */
export function pageClaimTrustRaw(pageUrl: string, trustHostsWithoutDomain: boolean): PageClaimTrust {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(pageUrl.trim())?.[1]?.toLowerCase();
  if (scheme === "file") return "saved-file";
  if (scheme !== "http" && scheme !== "https") return "address";
  if (registrableDomain(pageUrl) !== undefined || hostOf(pageUrl) === undefined) return "address";
  return trustHostsWithoutDomain ? "development-host" : "address";
}

/**
 * The warning a saved copy's capture carries when the vendor's site came from what the copy says.
 *
 * @example
 * savedCopyWarningRaw("https://brightbooks.com/")
 * //=> "This is a copy opened from disk; its vendor's site, brightbooks.com, is what the copy says about itself. Check it before you rely on it."
 */
export function savedCopyWarningRaw(website: string): string {
  return `This is a copy opened from disk; its vendor's site, ${registrableDomain(website) ?? website}, is what the copy says about itself. Check it before you rely on it.`;
}

/**
 * On a vendor's own site the vendor is the site (issue 19, finding 3): a website the page declares
 * (JSON-LD url, canonical link) counts only when it is on the page's own registrable domain, or when
 * `trust` lets the page name itself (see pageClaimTrustRaw). Otherwise the page's own address wins and the
 * claim is kept as a warning; a page on localhost or an IP address then names no vendor domain at all.
 * A company's profile on a social or business network gives no website.
 */
export function settleOwnSite(
  vendor: VendorCandidate,
  pageUrl: string,
  trust: PageClaimTrust,
  warnings: string[],
): void {
  if (trust !== "address") return;
  const pageDomain = registrableDomain(pageUrl);
  if (pageDomain && PROFILE_HOSTS.has(pageDomain)) {
    warnings.push(
      `This is a ${pageDomain} profile, not the vendor's own site; clip the vendor's own site so its website is known.`,
    );
    delete vendor.website;
    delete vendor.provenance.website;
    return;
  }
  const declared = vendor.website;
  if (!declared || registrableDomain(declared) === pageDomain) return;
  const claimedSite = registrableDomain(declared) ?? declared;
  if (pageDomain) {
    warnings.push(
      `The page says it belongs to ${claimedSite}, but it is on ${pageDomain}; kept ${pageDomain} as the vendor.`,
    );
  } else {
    warnings.push(
      `The page says it belongs to ${claimedSite}, but it is served from ${hostOf(pageUrl) ?? pageUrl}, which is no vendor's domain; no vendor domain was taken from it. Clip the vendor's own site.`,
    );
  }
  vendor.website = `${new URL(pageUrl).origin}/`;
}

const PROFILE_HOSTS = new Set([
  "linkedin.com",
  "facebook.com",
  "instagram.com",
  "twitter.com",
  "x.com",
  "crunchbase.com",
  "glassdoor.com",
  "xing.com",
]);
