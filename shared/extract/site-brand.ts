// The vendor's brand on its own site, weighed from the title, site name, logo, copyright and structured data.
import { plainText } from "./plain-text";
import { registrableDomain } from "./registrable-domain";

export interface BrandSignals {
  /** The page's registrable domain: "markeich.de". */
  domain: string | undefined;
  title?: string;
  siteName?: string;
  /** alt text of images that look like the site's logo. */
  logoAlts: string[];
  /** The holder named in the copyright line: "2020 Agentur MARKE ICH". */
  copyright?: string;
  /** Names of the Organization/WebSite items the page's structured data gives. */
  organizationNames: string[];
}

const SEPARATOR = /\s+[|\-–—·:»]\s+|\s*\|\s*/;
const GENERIC =
  /^(home|homepage|startseite|start|übersicht|overview|welcome|willkommen|accueil|inicio|blog|news|about us|über uns|impressum|contact|kontakt)$/i;
const WEIGHTS = { organization: 3, siteName: 2, copyright: 2, logo: 2, title: 1 } as const;

/**
 * The name a provider's own site goes by, weighed across the places sites put it: the title's
 * segments, og:site_name, the logo's alt text, the copyright line and the structured data's
 * organisation. A candidate that spells the site's domain ("MARKE ICH" on markeich.de) wins over one
 * that does not, such as a place ("Soltau im Heidekreis") or a page heading; one named in several
 * places wins over one named once. Undefined when nothing is named twice or matches the domain:
 * an unsure name stays empty rather than wrong.
 *
 * @example
 * siteBrandRaw({ domain: "markeich.de", title: "Impressum - Werbeagentur MARKE ICH | Soltau im Heidekreis", logoAlts: [], organizationNames: [] })
 * //=> { name: "Werbeagentur MARKE ICH", matchesDomain: true }
 * siteBrandRaw({ domain: "example.com", title: "Welcome", logoAlts: [], organizationNames: [] }) //=> undefined
 */
export function siteBrandRaw(signals: BrandSignals): { name: string; matchesDomain: boolean } | undefined {
  const scores = new Map<string, { name: string; score: number; sources: Set<string> }>();
  const add = (raw: string | undefined, source: keyof typeof WEIGHTS) => {
    for (const name of candidates(raw, source)) {
      const key = squash(name);
      if (!key) continue;
      const entry = scores.get(key) ?? { name, score: 0, sources: new Set<string>() };
      if (!entry.sources.has(source)) {
        entry.sources.add(source);
        entry.score += WEIGHTS[source];
      }
      scores.set(key, entry);
    }
  };
  add(signals.siteName, "siteName");
  add(signals.title, "title");
  for (const alt of signals.logoAlts.slice(0, 3)) add(alt, "logo");
  add(signals.copyright, "copyright");
  for (const name of signals.organizationNames.slice(0, 5)) add(name, "organization");

  const label = squash((signals.domain ?? "").split(".")[0] ?? "");
  let best: { name: string; score: number; matchesDomain: boolean } | undefined;
  for (const [key, entry] of scores) {
    const exact = label.length > 0 && key === label;
    const contains = label.length >= 4 && (key.includes(label) || label.includes(key)) && key.length >= 3;
    const sharesWord =
      label.length >= 4 && words(entry.name).some((word) => word.length >= 4 && label.includes(word));
    const score = entry.score + (exact ? 4 : contains ? 3 : sharesWord ? 2 : 0);
    const matchesDomain = exact || contains || sharesWord;
    if (!matchesDomain && entry.sources.size < 2) continue;
    if (!best || score > best.score || (score === best.score && entry.name.length < best.name.length)) {
      best = { name: entry.name, score, matchesDomain };
    }
  }
  return best ? { name: best.name, matchesDomain: best.matchesDomain } : undefined;
}

function candidates(raw: string | undefined, source: keyof typeof WEIGHTS): string[] {
  if (!raw) return [];
  let text = plainText(raw, 300);
  if (source === "logo")
    text = text.replace(/[\s_-]*(?:web)?logo(?:type)?\b.*$/i, "").replace(/^logo\s+/i, "");
  if (source === "copyright") {
    text = text
      .replace(/^[\d\s:,.–-]*(?:by\s+)?/i, "")
      .replace(/\s*(?:[.,;|•♦]|\b\d{4}\b|all rights|alle rechte|tous droits).*$/i, "");
  }
  const parts = source === "copyright" ? [text] : text.split(SEPARATOR);
  return parts
    .map((part) => part.replace(/\s+(?:blog|deutschland|germany|uk)$/i, "").trim())
    .filter((part) => part.length >= 2 && part.length <= 60 && !GENERIC.test(part) && !/^\d+$/.test(part));
}

function squash(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function words(value: string): string[] {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*([^©\n]{2,80})/i;

/** The holder part of the first copyright line in the page text ("© 2020 Agentur MARKE ICH"). */
export function copyrightLineRaw(text: string): string | undefined {
  const found = COPYRIGHT.exec(text.length > 400_000 ? text.slice(-400_000) : text);
  return found?.[1]?.trim();
}

export function sameName(name: string, brand: string, pageUrl: string): boolean {
  const label = squash(registrableDomain(pageUrl)?.split(".")[0] ?? "");
  return squash(name) === squash(brand) || (label.length > 0 && squash(name) === label);
}

/** alt text of the first images that look like the site's logo (by alt, class, id or file name). */
export function logoAltTexts(root: Document | ParentNode): string[] {
  const out: string[] = [];
  const images = root.querySelectorAll("img[alt]");
  for (let i = 0; i < images.length && i < 300 && out.length < 3; i++) {
    const image = images[i]!;
    const alt = (image.getAttribute("alt") ?? "").slice(0, 200);
    const hints = `${alt} ${image.getAttribute("class") ?? ""} ${image.id} ${(image.getAttribute("src") ?? "").slice(-120)}`;
    if (alt.trim() && /logo/i.test(hints)) out.push(plainText(alt, 200));
  }
  return out;
}
