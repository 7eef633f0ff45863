/**
 * Turns a date as review pages publish it into an ISO date or timestamp; relative dates and nonsense give
 * undefined rather than a guess.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Turns a date as review pages publish it into an ISO date ("2025-03-14") or, when it carries a
 * time, an ISO timestamp with offset. Relative dates ("2 days ago") and nonsense give undefined.
 *
 * @example
 * toIsoDate("2025-03-14T10:22:00.000Z") //=> "2025-03-14T10:22:00.000Z"
 * toIsoDate("March 4, 2025") //=> "2025-03-04"
 * toIsoDate("4 Mar 2025") //=> "2025-03-04"
 * toIsoDate("yesterday") //=> undefined
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().slice(0, 80);
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return validDate(+match[1]!, +match[2]!, +match[3]!);
  match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text,
  );
  if (match) {
    const date = validDate(+match[1]!, +match[2]!, +match[3]!);
    if (!date) return undefined;
    const offset = match[8] ? normaliseOffset(match[8]) : "Z";
    const parsed = new Date(`${date}T${match[4]}:${match[5]}:${match[6] ?? "00"}${match[7] ?? ""}${offset}`);
    if (Number.isNaN(parsed.getTime())) return undefined;
    return `${date}T${match[4]}:${match[5]}:${match[6] ?? "00"}${match[7] ?? ""}${offset}`;
  }
  match = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (match) return validDate(+match[3]!, monthNumber(match[1]!), +match[2]!);
  match = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  if (match) return validDate(+match[3]!, monthNumber(match[2]!), +match[1]!);
  match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (match) return validDate(+match[1]!, +match[2]!, +match[3]!);
  return undefined;
}

function monthNumber(name: string): number {
  return (
    MONTHS[name.toLowerCase().slice(0, name.length >= 4 && name.toLowerCase().startsWith("sept") ? 4 : 3)] ??
    0
  );
}

function normaliseOffset(offset: string): string {
  if (offset.toUpperCase() === "Z") return "Z";
  return offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
