import { expect, test } from "vitest";
import { columnLetters } from "./column-letters";

test.each([
  [0, "A"],
  [25, "Z"],
  [26, "AA"],
  [27, "AB"],
  [701, "ZZ"],
  [702, "AAA"],
  [16_383, "XFD"], // Excel's last column
])("column %d is %s", (index, letters) => {
  expect(columnLetters(index)).toBe(letters);
});
