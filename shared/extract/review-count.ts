// The number of reviews behind a rating, as pages write it in words or brackets (issue 17, class 6).

/** A whole number, with thousands grouped by ".", ",", "'", "’" or a (narrow) space: 1.234, 1,234, 1 234. */
const WHOLE = String.raw`\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})+(?![.,]?\d)|\d+(?![.,]\d)`;
/** Words for "reviews"/"ratings"/"opinions" in the languages the extractor reads. */
const WORDS =
  "(?:reviews?|ratings?|opinions?|avis|évaluations?|evaluations?|notes|bewertungen|rezensionen|erfahrungsberichte|kundenbewertungen|opiniones|reseñas|resenas|valoraciones|calificaciones|recensioni|valutazioni|beoordelingen|recensies|avaliações|avaliacoes|omdömen|anmeldelser|recenzje|opinii)";
const WORDED = new RegExp(`(?:^|[^\\d.,])(${WHOLE})\\s*(?:\\+\\s*)?${WORDS}(?![\\p{L}])`, "iu");
const BRACKETED = new RegExp(`^\\(\\s*(${WHOLE})\\s*\\)$|\\(\\s*(${WHOLE})\\s*\\)`, "u");

/**
 * The review count in a short text that sits beside a rating: "30 avis", "1.234 Bewertungen",
 * "12 reviews", "basado en 45 opiniones", or a bracketed number "(30)" (Google Maps writes the count
 * so). Thousands separators of any locale are read as such, since a count is a whole number.
 * Undefined when the text names no count; a decimal ("4,6") is never a count.
 *
 * @example
 * reviewCountRaw("1.234 Bewertungen") //=> 1234
 * reviewCountRaw("4,6 (30)") //=> 30
 * reviewCountRaw("4,6") //=> undefined
 */
export function reviewCountRaw(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 300).replace(/\s+/g, " ").trim();
  const worded = WORDED.exec(sample);
  const bracketed = worded ? undefined : sample.length <= 60 ? BRACKETED.exec(sample) : null;
  const raw = worded?.[1] ?? bracketed?.[1] ?? bracketed?.[2];
  if (raw === undefined) return undefined;
  const count = Number(raw.replace(/[^\d]/g, ""));
  return Number.isSafeInteger(count) ? count : undefined;
}

const LONE_WHOLE = new RegExp(`(?<![\\d.,])(?:${WHOLE})`, "gu");

/**
 * A count field as structured data or a directory's count element gives it ("37", "1,234",
 * "1.234", "1.234 Bewertungen", "Reviews 1,234"): the whole number it names. Undefined for anything
 * else, a decimal such as "4.5" included.
 *
 * @example
 * countValueRaw("1.234") //=> 1234
 * countValueRaw("4.5") //=> undefined
 */
export function countValueRaw(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const trimmed = text.slice(0, 300).trim();
  const worded = reviewCountRaw(trimmed);
  if (worded !== undefined) return worded;
  if (/\d[.,]\d{1,2}(?!\d)/.test(trimmed)) return undefined;
  const wholes = trimmed.match(LONE_WHOLE) ?? [];
  if (wholes.length !== 1) return undefined;
  const count = Number(wholes[0]!.replace(/[^\d]/g, ""));
  return Number.isSafeInteger(count) ? count : undefined;
}
