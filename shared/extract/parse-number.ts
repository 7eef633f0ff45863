/**
 * Reads a number as pages write it: "4.5", "4,5", "1,234", "1.234,50", "$1,200.00", "89 reviews".
 * Takes the first number in the text.
 *
 * @example
 * parseNumber("1,234") //=> 1234
 * parseNumber("4,5 / 5") //=> 4.5
 * parseNumber("n/a") //=> undefined
 */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = /\d[\d.,\s\u00a0\u202f]*/.exec(value.slice(0, 200));
  if (!match) return undefined;
  let raw = match[0].replace(/[\s\u00a0\u202f]+$/, "");
  // Spaces group thousands ("1 200") only in the exact form d{1,3}( d{3})+.
  raw = /^\d{1,3}([\s\u00a0\u202f]\d{3})+/.test(raw)
    ? raw.replace(/[\s\u00a0\u202f]/g, "")
    : raw.split(/[\s\u00a0\u202f]/)[0]!;
  raw = raw.replace(/[.,]+$/, "");
  const lastComma = raw.lastIndexOf(",");
  const lastDot = raw.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    raw = lastComma > lastDot ? raw.replace(/\./g, "").replace(",", ".") : raw.replace(/,/g, "");
  } else if (lastComma >= 0) {
    raw = /^\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, "") : raw.replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(raw)) {
    raw = raw.replace(/\./g, "");
  }
  const number = Number(raw);
  return Number.isFinite(number) ? number : undefined;
}
