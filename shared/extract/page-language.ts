// The language a page is written in: its lang attribute unless that is missing or plainly wrong.
import { franc } from "franc-min";

const ISO_639_3: Record<string, string> = {
  eng: "en",
  deu: "de",
  fra: "fr",
  spa: "es",
  ita: "it",
  nld: "nl",
  por: "pt",
  pol: "pl",
  swe: "sv",
  dan: "da",
};

const CHUNK = 800;
const MIN_CHUNK = 400;
const MIN_AGREEING_CHUNKS = 3;

/**
 * The page's language. Without a lang attribute, franc-min's guess from the first 3,000 characters
 * (200 at least). With one, the attribute stands unless it is plainly wrong: a lang="en" left in a
 * theme on a German page. "Plainly" means franc-min is confident and disagrees: the first 4,000
 * characters, read as up to five pieces of 800, give at least three pieces that all name one
 * language, and that is not the declared one. franc-min's scores on one text sit close together
 * even when it is wrong (a short English page reads as Spanish), so agreement between independent
 * pieces is the measure of confidence, not a score. Returns a bare code ("de") when it overrides.
 *
 * @example
 * pageLanguageRaw("en-US", germanText4000) //=> "de"
 * pageLanguageRaw("en", shortText) //=> "en"
 * pageLanguageRaw(undefined, "") //=> undefined
 */
export function pageLanguageRaw(declared: string | undefined, text: string): string | undefined {
  const lang = declared?.trim().slice(0, 20) || undefined;
  if (!lang) {
    const sample = text.slice(0, 3000);
    if (sample.length < 200) return undefined;
    return ISO_639_3[franc(sample)];
  }
  const read = confidentLanguage(text);
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return read && read !== primary ? read : lang;
}

/** The language every piece of the page's opening text agrees on, or undefined. */
function confidentLanguage(text: string): string | undefined {
  const guesses: string[] = [];
  for (let at = 0; at < 4000 && guesses.length < 5; at += CHUNK) {
    const piece = text.slice(at, at + CHUNK);
    if (piece.length < MIN_CHUNK) break;
    guesses.push(franc(piece));
  }
  if (guesses.length < MIN_AGREEING_CHUNKS) return undefined;
  const [first] = guesses;
  if (!first || guesses.some((guess) => guess !== first)) return undefined;
  return ISO_639_3[first];
}

/** The lang attribute of the page's root element, if it has one. */
export function declaredLanguage(root: Document | ParentNode): string | undefined {
  const element = "documentElement" in root ? root.documentElement : undefined;
  return element?.getAttribute("lang") ?? undefined;
}
