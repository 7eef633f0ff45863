/**
 * Which review directory a page belongs to, by its host first and then by what the page says about itself, so
 * a saved copy served from localhost is still recognised.
 */
import type { Source } from "../schema";
import { hostOf, registrableDomain } from "./registrable-domain";

export interface DirectoryInfo {
  source: Exclude<Source, "website" | "manual" | "other">;
  /** Lower-case names the directory calls itself. */
  names: string[];
  domain: string;
}

export const DIRECTORIES: readonly DirectoryInfo[] = [
  { source: "trustpilot", names: ["trustpilot"], domain: "trustpilot.com" },
  { source: "g2", names: ["g2", "g2.com", "g2 crowd", "g2crowd"], domain: "g2.com" },
  { source: "capterra", names: ["capterra"], domain: "capterra.com" },
  { source: "clutch", names: ["clutch", "clutch.co"], domain: "clutch.co" },
  { source: "yelp", names: ["yelp"], domain: "yelp.com" },
  { source: "upwork", names: ["upwork"], domain: "upwork.com" },
  { source: "google", names: ["google", "google maps", "google business profile"], domain: "google.com" },
];

export interface DirectorySignals {
  pageUrl: string;
  siteName?: string;
  canonical?: string;
  /** Names of organisations and sites the page's structured data describes. */
  organizationNames?: string[];
}

/**
 * Which review directory a page belongs to, from its URL host first, then from what the page says
 * about itself (og:site_name, canonical link, the directory's own Organization/WebSite item), so
 * a saved copy served from localhost is still recognised.
 *
 * @example
 * detectDirectoryRaw({ pageUrl: "https://uk.trustpilot.com/review/brightbooks.com" })?.source //=> "trustpilot"
 * detectDirectoryRaw({ pageUrl: "http://localhost:4173/g2.html", siteName: "G2" })?.source //=> "g2"
 * detectDirectoryRaw({ pageUrl: "https://brightbooks.com/" }) //=> undefined
 */
export function detectDirectoryRaw(signals: DirectorySignals): DirectoryInfo | undefined {
  return (
    byUrl(signals.pageUrl) ??
    (signals.canonical ? byUrl(signals.canonical) : undefined) ??
    byName(signals.siteName) ??
    signals.organizationNames?.map(byName).find(Boolean)
  );
}

function byUrl(url: string): DirectoryInfo | undefined {
  const host = hostOf(url);
  const domain = registrableDomain(url);
  if (!host || !domain) return undefined;
  if (domain.startsWith("google.")) {
    let path = "";
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined;
    }
    const isBusiness =
      host.startsWith("business.google.") || host.startsWith("maps.google.") || path.startsWith("/maps");
    return isBusiness ? DIRECTORIES.find((directory) => directory.source === "google") : undefined;
  }
  return DIRECTORIES.find((directory) => directory.domain === domain);
}

function byName(name: string | undefined): DirectoryInfo | undefined {
  if (!name) return undefined;
  const wanted = name.trim().toLowerCase();
  return DIRECTORIES.find((directory) => directory.names.includes(wanted));
}
