import { describe, expect, test } from "vitest";
import { workingHoursOverlap } from "./working-hours-overlap";

const london = "Europe/London";
const newYork = "America/New_York";

describe("workingHoursOverlap", () => {
  test.each([
    // Winter: London is UTC+0, New York UTC-5. London 09:00-17:00 = 09-17 UTC; New York
    // 09:00-17:00 = 14-22 UTC. Both at work 14-17 UTC: 3 hours.
    { date: "2026-01-14", expected: 3 },
    // 2026: the US moves its clocks on 8 March, the UK on 29 March. On 10 March New York is UTC-4
    // (13-21 UTC) and London still UTC+0 (09-17 UTC): 13-17 UTC, 4 hours.
    { date: "2026-03-10", expected: 4 },
    { date: "2026-03-27", expected: 4 },
    // The Saturday before the US change: New York still UTC-5, 3 hours.
    { date: "2026-03-07", expected: 3 },
    // From 29 March both are on summer time: London 08-16 UTC, New York 13-21 UTC: 3 hours again.
    { date: "2026-03-29", expected: 3 },
    { date: "2026-07-01", expected: 3 },
    // Autumn the other way round: the UK goes back on 25 October, the US on 1 November. On 28
    // October London is UTC+0 (09-17 UTC), New York UTC-4 (13-21 UTC): 4 hours.
    { date: "2026-10-28", expected: 4 },
    { date: "2026-11-02", expected: 3 },
  ])("London and New York, 09:00-17:00 each, on $date: $expected hours", ({ date, expected }) => {
    expect(workingHoursOverlap({ ownerZone: london, vendorZone: newYork, date })).toBe(expected);
  });

  test("is the same either way round", () => {
    expect(workingHoursOverlap({ ownerZone: newYork, vendorZone: london, date: "2026-01-14" })).toBe(3);
    expect(workingHoursOverlap({ ownerZone: newYork, vendorZone: london, date: "2026-03-10" })).toBe(4);
  });

  test("counts half-hour zones: London and Kolkata (UTC+5:30) on 2026-01-14", () => {
    // Kolkata 09:00-17:00 = 03:30-11:30 UTC; London 09-17 UTC: 09:00-11:30, 2.5 hours.
    expect(workingHoursOverlap({ ownerZone: london, vendorZone: "Asia/Kolkata", date: "2026-01-14" })).toBe(
      2.5,
    );
  });

  test("a vendor's night shift that crosses midnight covers the owner's day", () => {
    // Manila is UTC+8 all year. A 16:00-01:00 shift = 08:00-17:00 UTC, which holds London's 09-17 UTC
    // in January: 8 hours.
    expect(
      workingHoursOverlap({
        ownerZone: london,
        vendorZone: "Asia/Manila",
        date: "2026-01-14",
        vendorHours: "16:00-01:00",
      }),
    ).toBe(8);
  });

  test("an owner's night shift across the UK spring change is one hour short", () => {
    // 28 March 22:00 GMT = 22:00 UTC; 29 March 06:00 BST = 05:00 UTC: 7 hours at work. A vendor in
    // UTC working round the clock shares all 7.
    expect(
      workingHoursOverlap({
        ownerZone: london,
        vendorZone: "UTC",
        date: "2026-03-28",
        ownerHours: "22:00-06:00",
        vendorHours: "00:00-24:00",
      }),
    ).toBe(7);
  });

  test("zones 13 hours apart share nothing at 09:00-17:00", () => {
    // New York 09-17 EST = 14-22 UTC; Auckland (UTC+13 in January) 09-17 = 20-04 UTC the day before,
    // so Auckland's 15 January overlaps New York's 14 January 20-22 UTC: 2 hours; with New York on
    // 08:00-16:00 (13-21 UTC) 1 hour.
    expect(
      workingHoursOverlap({ ownerZone: newYork, vendorZone: "Pacific/Auckland", date: "2026-01-14" }),
    ).toBe(2);
    expect(
      workingHoursOverlap({
        ownerZone: newYork,
        vendorZone: "Pacific/Auckland",
        date: "2026-01-14",
        ownerHours: "08:00-16:00",
      }),
    ).toBe(1);
    expect(
      workingHoursOverlap({
        ownerZone: london,
        vendorZone: "Pacific/Auckland",
        date: "2026-01-14",
        vendorHours: "09:00-12:00",
      }),
    ).toBe(0);
  });

  test.each([
    [{ ownerZone: "London" }, /owner's time zone "London" is not a time zone.*Europe\/London/],
    [{ vendorZone: "Mars/Olympus" }, /vendor's time zone "Mars\/Olympus"/],
    [{ ownerHours: "9-5" }, /owner's hours "9-5" are not written HH:MM-HH:MM/],
    [{ vendorHours: "09:00-25:00" }, /vendor's hours "09:00-25:00" are not written/],
    [{ vendorHours: "09:00-09:00" }, /start and end at the same time/],
    [{ date: "14/01/2026" }, /date "14\/01\/2026" is not a day written YYYY-MM-DD/],
    [{ date: "2026-02-30" }, /date "2026-02-30"/],
  ])("refuses %o with a sentence", (patch, message) => {
    const call = () =>
      workingHoursOverlap({ ownerZone: london, vendorZone: newYork, date: "2026-01-14", ...patch });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
