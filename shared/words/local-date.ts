/**
 * Dates the owner reads, in their own locale and time zone: a review's "2025-07-12T09:15:00.000Z" is
 * "12 Jul 2025" to a British owner and "Jul 12, 2025" to an American one. The locale and zone are
 * parameters (the platform's defaults when left out), so tests can fix them.
 */

/**
 * A stored date or date-time as a short local date; text that is not a date comes back as it was
 * (it is page data, and wrong is worse than missing, but so is dropping what the page said).
 *
 * @example
 * localDate("2025-07-12T09:15:00.000Z", "en-GB", "UTC") //=> "12 Jul 2025"
 * localDate("2025-07-12", "en-US", "America/New_York")  //=> "Jul 12, 2025"
 * localDate("last week")                                //=> "last week"
 */
export function localDate(value: string, locale?: string, timeZone?: string): string {
  // A bare date is a calendar day, not midnight UTC: shown as is in every zone.
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = new Date(dayOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: dayOnly ? "UTC" : timeZone,
  }).format(parsed);
}

/**
 * A stored date-time as a local date and time, for clip history and "updated" lines.
 *
 * @example
 * localDateTime("2025-07-12T09:15:00.000Z", "en-GB", "UTC") //=> "12 Jul 2025, 09:15"
 */
export function localDateTime(value: string, locale?: string, timeZone?: string): string {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(parsed);
}
