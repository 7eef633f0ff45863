/** The owner's and a vendor's working day, for {@link workingHoursOverlap}. */
export interface OverlapInput {
  /** The owner's IANA time zone, e.g. "Europe/London". */
  ownerZone: string;
  /** The vendor's IANA time zone, e.g. "America/New_York". */
  vendorZone: string;
  /** The owner's calendar date, "YYYY-MM-DD": daylight saving is read for that day. */
  date: string;
  /** The owner's working hours, "HH:MM-HH:MM" in the owner's zone (default "09:00-17:00"). */
  ownerHours?: string;
  /** The vendor's working hours, "HH:MM-HH:MM" in the vendor's zone (default "09:00-17:00"). */
  vendorHours?: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * @name workingHoursOverlap
 * @summary How many hours the owner and a vendor are both at work on a given day.
 *
 * @description
 * The owner's working hours on `date` (in the owner's zone) and the vendor's on the calendar days
 * around it (in the vendor's zone) are turned into instants with the zones' own offsets for those
 * days, from the runtime's time-zone database (`Intl`), so daylight saving is counted as it falls:
 * London and New York overlap 3 hours in January but 4 in the weeks of March when the US has moved
 * its clocks and the UK has not. Hours whose end is earlier than their start cross midnight
 * ("22:00-06:00" ends the next morning). A local time that a clock change skips is read as the
 * same wall time after the change, as Temporal's "compatible" disambiguation does.
 *
 * Both sides are assumed to work on that day; weekends and holidays are the owner's call.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - a zone the time-zone database does not know, e.g. "London" instead of "Europe/London";
 * - hours not written "HH:MM-HH:MM" (00:00 to 24:00), or with the same start and end;
 * - a date not written "YYYY-MM-DD", or not a real day.
 *
 * @returns the shared hours, 0 or more (a fraction when the zones differ by a part hour)
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * workingHoursOverlap({ ownerZone: "Europe/London", vendorZone: "America/New_York", date: "2026-01-14" })
 * //=> 3
 *
 * @example
 * workingHoursOverlap({ ownerZone: "Europe/London", vendorZone: "Asia/Kolkata", date: "2026-01-14" })
 * //=> 3.5
 */
export function workingHoursOverlap({
  ownerZone,
  vendorZone,
  date,
  ownerHours = "09:00-17:00",
  vendorHours = "09:00-17:00",
}: OverlapInput): number {
  const owner = zoneClock(ownerZone, "the owner's time zone");
  const vendor = zoneClock(vendorZone, "the vendor's time zone");
  const day = parseDate(date);
  const ownerSpan = parseHours(ownerHours, "the owner's hours");
  const vendorSpan = parseHours(vendorHours, "the vendor's hours");

  const [ownerStart, ownerEnd] = workingInterval(owner, day, ownerSpan);
  let shared = 0;
  // The vendor's working days that can touch the owner's: the days before, of and after `date`
  // (zones are at most 26 hours apart, and a shift at most 24 hours long).
  for (const offset of [-2, -1, 0, 1, 2]) {
    const [start, end] = workingInterval(vendor, day + offset * DAY, vendorSpan);
    shared += Math.max(0, Math.min(end, ownerEnd) - Math.max(start, ownerStart));
  }
  return shared / (60 * MINUTE);
}

/** A zone's clock: the wall time it shows at an instant, as milliseconds on a UTC calendar. */
type ZoneClock = (instant: number) => number;

function zoneClock(zone: string, what: string): ZoneClock {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new RangeError(
      `${capitalise(what)} "${zone}" is not a time zone VendorScout knows; use an IANA name such as "Europe/London" or "America/New_York".`,
    );
  }
  return (instant) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instant)) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
    return Date.UTC(year, month - 1, day, hour, minute, second);
  };
}

/**
 * The instant a zone's clock shows `wall` (a wall time as milliseconds on a UTC calendar). The
 * offset is read at a first guess and again at the instant it gives: one correction settles every
 * time but one a clock change skips, which then moves forward by the change.
 */
function instantOf(clock: ZoneClock, wall: number): number {
  const firstOffset = clock(wall) - wall;
  const guess = wall - firstOffset;
  const secondOffset = clock(guess) - guess;
  if (secondOffset === firstOffset) return guess;
  const corrected = wall - secondOffset;
  // A skipped wall time maps to neither offset; keep the later reading ("compatible").
  return clock(corrected) === wall ? corrected : Math.max(guess, corrected);
}

/** The start and end instants of a working day that starts on the zone's calendar day `day`. */
function workingInterval(clock: ZoneClock, day: number, [from, to]: [number, number]): [number, number] {
  const start = instantOf(clock, day + from * MINUTE);
  const end = instantOf(clock, day + (to > from ? to : to + 24 * 60) * MINUTE);
  return [start, end];
}

/** "YYYY-MM-DD" as midnight of that day on a UTC calendar. */
function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === "string" ? date.trim() : "");
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const at = Date.UTC(year, month - 1, day);
  const real =
    match !== null && new Date(at).getUTCMonth() === month - 1 && new Date(at).getUTCDate() === day;
  if (!real) {
    throw new RangeError(`The date "${date}" is not a day written YYYY-MM-DD; give one such as 2026-01-14.`);
  }
  return at;
}

/** "HH:MM-HH:MM" as minutes after midnight, start and end. */
function parseHours(hours: string, what: string): [number, number] {
  const match = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/.exec(
    typeof hours === "string" ? hours : "",
  );
  const minutes = (h: string | undefined, m: string | undefined) => Number(h) * 60 + Number(m);
  const from = match ? minutes(match[1], match[2]) : Number.NaN;
  const to = match ? minutes(match[3], match[4]) : Number.NaN;
  const valid =
    match !== null &&
    Number(match[2]) < 60 &&
    Number(match[4]) < 60 &&
    from >= 0 &&
    from < 24 * 60 &&
    to >= 0 &&
    to <= 24 * 60;
  if (!valid) {
    throw new RangeError(
      `${capitalise(what)} "${hours}" are not written HH:MM-HH:MM; give them such as 09:00-17:00 (22:00-06:00 for a night shift).`,
    );
  }
  if (from === to) {
    throw new RangeError(
      `${capitalise(what)} "${hours}" start and end at the same time; give the hours of the working day, such as 09:00-17:00.`,
    );
  }
  return [from, to];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
