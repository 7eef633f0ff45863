import { expect, test } from "vitest";
import { toIsoDate } from "./iso-date";

test.each([
  ["2025-03-14", "2025-03-14"],
  ["2025-03-14T10:22:00.000Z", "2025-03-14T10:22:00.000Z"],
  ["2025-03-14 10:22", "2025-03-14T10:22:00Z"],
  ["2025-03-14T10:22:05+0100", "2025-03-14T10:22:05+01:00"],
  ["March 4, 2025", "2025-03-04"],
  ["Sept 30, 2024", "2024-09-30"],
  ["Tuesday, Jan 7, 2025", "2025-01-07"],
  ["4 Mar 2025", "2025-03-04"],
  ["21st June 2024", "2024-06-21"],
  ["2025/3/9", "2025-03-09"],
  ["2025-02-30", undefined],
  ["2025-13-01T00:00:00Z", undefined],
  ["Smarch 4, 2025", undefined],
  ["2 days ago", undefined],
  ["1899-01-01", undefined],
  [undefined, undefined],
])("toIsoDate(%j) = %j", (input, expected) => {
  expect(toIsoDate(input)).toBe(expected);
});
