/**
 * Turns page text or values that may hold markup into one safe plain line: tags stripped, entities decoded,
 * control and non-XML characters removed, cut to a length.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  euro: "€",
  pound: "£",
  yen: "¥",
  copy: "©",
  reg: "®",
  trade: "™",
  middot: "·",
  bull: "•",
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
const TAG = /<\/?[a-z][^<>]*>|<!--[\s\S]*?-->/gi;
// What is left of a tag after stripping (an unclosed "<img src=x onerror=…", or "<svg//<>") would still
// parse as an element if anything ever inserted the text as HTML, so its "<" becomes "‹".
const TAG_OPENER = /<(?=[a-z!/?])/gi;
// Characters XML 1.0 cannot hold (U+FFFE, U+FFFF, lone surrogates) would make an exported .xlsx unreadable.
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITESPACE = /[\s\u00a0\u200b\u2028\u2029]+/g;
// C0/C1 control characters other than whitespace never belong in stored text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/**
 * Decodes HTML character references: the common named ones and every numeric one.
 *
 * @example
 * decodeEntities("Fish &amp; Chips &#8211; &#x1F600;") //=> "Fish & Chips – 😀"
 * Unknown names and out-of-range code points are left as written.
 */
export function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Turns page text or a value that may hold markup into one plain line: tags stripped, entities
 * decoded, whitespace collapsed, trimmed, and cut to `max` characters (at a word when it can).
 *
 * @example
 * plainText("<p>Great&nbsp;service,\n  <b>fast</b></p>") //=> "Great service, fast"
 * plainText(undefined) //=> ""
 */
export function plainText(value: unknown, max = 20_000): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return "";
  let text = value.includes("<") ? value.replace(TAG, " ") : value;
  text = decodeEntities(text);
  // A second pass catches markup that was entity-encoded (&lt;p&gt;), common in JSON-LD bodies.
  if (text.includes("<")) text = text.replace(TAG, " ").replace(TAG_OPENER, "‹");
  text = text.replace(CONTROL, "").replace(NOT_XML, "").replace(WHITESPACE, " ").trim();
  return clip(text, max);
}

/** Cuts text to at most `max` characters, at the last space when one is near the end. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trim();
}
