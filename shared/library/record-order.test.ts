import { expect, test } from "vitest";
import { byId, byNameThenId } from "./record-order";

test("byId orders ids by code unit, as IndexedDB orders string keys", () => {
  expect(
    ["b", "B", "a", "é", "a1"]
      .map((id) => ({ id }))
      .sort(byId)
      .map((r) => r.id),
  ).toEqual(["B", "a", "a1", "b", "é"]);
});

test("byNameThenId orders by name, and equal names by id", () => {
  const records = [
    { id: "2", name: "Acme" },
    { id: "0", name: "Zeta" },
    { id: "1", name: "Acme" },
    { id: "3", name: "acme" },
  ];
  expect(records.sort(byNameThenId).map((r) => r.id)).toEqual(["1", "2", "0", "3"]);
});
