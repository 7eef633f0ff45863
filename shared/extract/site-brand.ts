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
 * places wins over one named once. A leading number the domain does not spell is dropped from a name
 * named in one place ("64 audiense" on audiense.com is "audiense"). Undefined when nothing is named
 * twice or matches the domain: an unsure name stays empty rather than wrong.
 *
 * @example
 * siteBrandRaw({ domain: "markeich.de", title: "Impressum - Werbeagentur MARKE ICH | Soltau im Heidekreis", logoAlts: [], organizationNames: [] })
 * //=> { name: "Werbeagentur MARKE ICH", matchesDomain: true }
 * siteBrandRaw({ domain: "audiense.com", logoAlts: ["64 audiense", "64Audiense"], organizationNames: [] })
 * //=> { name: "Audiense", matchesDomain: true }
 * siteBrandRaw({ domain: "example.com", title: "Welcome", logoAlts: [], organizationNames: [] }) //=> undefined
 */
export function siteBrandRaw(signals: BrandSignals): { name: string; matchesDomain: boolean } | undefined {
  const label = squash((signals.domain ?? "").split(".")[0] ?? "");
  const entries = new Map<string, { name: string; sources: Set<Source> }>();
  const enter = (name: string, sources: Iterable<Source>) => {
    const key = squash(name);
    if (!key) return;
    const entry = entries.get(key) ?? { name, sources: new Set<Source>() };
    entry.name = betterSpelling(entry.name, name);
    for (const source of sources) entry.sources.add(source);
    entries.set(key, entry);
  };
  const add = (raw: string | undefined, source: Source) => {
    for (const name of candidates(raw, source)) enter(name, [source]);
  };
  add(signals.siteName, "siteName");
  add(signals.title, "title");
  for (const alt of signals.logoAlts.slice(0, 3)) add(alt, "logo");
  add(signals.copyright, "copyright");
  for (const name of signals.organizationNames.slice(0, 5)) add(name, "organization");
  // A leading number the domain does not spell, named in one place only, is no part of the brand: a
  // theme's folder name leaks into a logo's alt text ("64 audiense" on audiense.com), a rank or a count
  // into a title ("10 Acme ..."). It counts for the name after it. The domain keeps "3M" on 3m.com and
  // "99designs" on 99designs.com; several places naming the number keep it too.
  for (const [key, entry] of [...entries]) {
    const rest = entry.sources.size < 2 ? withoutForeignNumber(entry.name, label) : undefined;
    if (rest === undefined) continue;
    entries.delete(key);
    enter(rest, entry.sources);
  }

  let best: { name: string; score: number; matchesDomain: boolean } | undefined;
  for (const [key, entry] of entries) {
    const exact = label.length > 0 && key === label;
    const contains = label.length >= 4 && (key.includes(label) || label.includes(key)) && key.length >= 3;
    const sharesWord =
      label.length >= 4 && words(entry.name).some((word) => word.length >= 4 && label.includes(word));
    const named = [...entry.sources].reduce((sum, source) => sum + WEIGHTS[source], 0);
    const score = named + (exact ? 4 : contains ? 3 : sharesWord ? 2 : 0);
    const matchesDomain = exact || contains || sharesWord;
    if (!matchesDomain && entry.sources.size < 2) continue;
    if (!best || score > best.score || (score === best.score && entry.name.length < best.name.length)) {
      best = { name: entry.name, score, matchesDomain };
    }
  }
  return best ? { name: best.name, matchesDomain: best.matchesDomain } : undefined;
}

type Source = keyof typeof WEIGHTS;

const LEADING_NUMBER = /^(\d+)\s*(?=\p{L})/u;

/** The name after a leading number that the domain's label does not spell ("64 audiense" on audiense.com -> "audiense"). */
function withoutForeignNumber(name: string, label: string): string | undefined {
  const found = LEADING_NUMBER.exec(name);
  if (!found || label.includes(found[1]!)) return undefined;
  const rest = name.slice(found[0].length).trim();
  return rest.length >= 2 ? rest : undefined;
}

/** Of two spellings of one name, the one with capitals: alt texts and file names are often lower-cased. */
function betterSpelling(kept: string, other: string): string {
  const lower = (value: string) => value === value.toLowerCase();
  return lower(kept) && !lower(other) ? other : kept;
}

function candidates(raw: string | undefined, source: Source): string[] {
  if (!raw) return [];
  let text = plainText(raw, 300);
  // An alt text copied from the image's file name joins its words with underscores
  // ("audiense_logotype_black"), which hid "logo" from the word boundary below.
  if (source === "logo")
    text = text
      .replace(/_/g, " ")
      .replace(/[\s-]*(?:web)?logo(?:type)?\b.*$/i, "")
      .replace(/^logo\s+/i, "");
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
