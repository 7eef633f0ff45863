import { expect, test } from "vitest";
import { findTimeZoneRaw, locationFromAddressRaw } from "./location";

test.each([
  [
    "500 Market Street, Suite 300, San Francisco, CA 94105",
    { city: "San Francisco", region: "CA", country: "US" },
  ],
  ["1901 Lemur Ave, Sunnyvale, CA 94086, US", { city: "Sunnyvale", region: "CA", country: "US" }],
  ["12 Wharf Road, Manchester M1 2AB, United Kingdom", { city: "Manchester", country: "GB" }],
  ["Unit 4, 12 Wharf Road, Manchester, M1 2AB, GB", { city: "Manchester", country: "GB" }],
  ["221B, SW1A 1AA", { country: "GB" }],
  ["Andheri East, Mumbai, India", { country: "IN" }],
  ["Somewhere, XX 12345", {}],
  ["", {}],
])("locationFromAddressRaw(%j)", (address, expected) => {
  expect(locationFromAddressRaw(address)).toEqual(expected);
});

test.each([
  ["Support 9am-6pm Eastern Time, Monday to Friday", "Eastern Time"],
  ["Office hours in Europe/London", "Europe/London"],
  ["We work UTC+5:30 and overlap with CET", "UTC+5:30"],
  ["Call us 8am to 6pm GMT", "GMT"],
  ["Open daily", undefined],
])("findTimeZoneRaw(%j) = %j", (text, expected) => {
  expect(findTimeZoneRaw(text)).toBe(expected);
});
