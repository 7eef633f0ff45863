import { expect, test } from "vitest";
import { CRITERION_NAMES, DEMO_OUTPUTS, DEMO_RATINGS, ratingsFor } from "./demo-script";

test.each(DEMO_RATINGS.map((entry) => [String(entry.vendor), entry.ratings] as const))(
  "%s is rated 1-5 on every base criterion the side panel shows, and on nothing else",
  (_vendor, ratings) => {
    expect(Object.keys(ratings).sort()).toEqual([...CRITERION_NAMES].sort());
    for (const value of Object.values(ratings)) {
      expect(Number.isInteger(value) && value >= 1 && value <= 5).toBe(true);
    }
  },
);

test("the two demo vendors are rated differently, so the scorecard has a winner", () => {
  const [a, b] = DEMO_RATINGS;
  expect(a?.ratings).not.toEqual(b?.ratings);
});

test.each([
  ["BrightBooks Bookkeeping", 9],
  ["Northwind IT Services", 9],
  ["Contoso", 0],
])("ratingsFor(%s) has %d ratings", (name, count) => {
  expect(ratingsFor(name)).toHaveLength(count);
});

test("out/ file names: a vendor pack, an .xlsx and PNG screenshots", () => {
  expect(DEMO_OUTPUTS.pack.endsWith(".vendorpack.json")).toBe(true);
  expect(DEMO_OUTPUTS.xlsx.endsWith(".xlsx")).toBe(true);
  for (const name of Object.values(DEMO_OUTPUTS.screenshots)) expect(name).toMatch(/^[a-z-]+\.png$/);
});
