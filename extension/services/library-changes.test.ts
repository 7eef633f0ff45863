import { afterEach, expect, test } from "vitest";
import { makeCapture, makeLibrary } from "../../tests/support/library/make-library";
import { VENDORSCOUT_DB_NAME } from "../db/vendorscout-db";
import { onEvaluationsChanged, onLibraryChanged } from "./library-changes";

let stop: (() => void) | undefined;
afterEach(() => stop?.());

test("a clip, an owner edit and a delete each tell the listener; another database does not", async () => {
  let changes = 0;
  let otherChanges = 0;
  stop = onLibraryChanged(VENDORSCOUT_DB_NAME, () => {
    changes += 1;
  });
  const unsubscribeOther = onLibraryChanged("someone-else", () => {
    otherChanges += 1;
  });
  const library = makeLibrary();
  await library.saveCapture(makeCapture({}));
  const afterClip = changes;
  expect(afterClip).toBeGreaterThan(0);
  await library.updateVendor("acme.com", { notes: "call back" });
  expect(changes).toBeGreaterThan(afterClip);
  const afterEdit = changes;
  await library.deleteVendor("acme.com");
  expect(changes).toBeGreaterThan(afterEdit);
  expect(otherChanges).toBe(0);

  unsubscribeOther();
  stop();
  stop = undefined;
  const before = changes;
  await library.saveCapture(makeCapture({ domain: "b.com", name: "B" }));
  expect(changes).toBe(before);
});

test("making an evaluation and adding a vendor to it each tell the evaluations listener", async () => {
  let changes = 0;
  stop = onEvaluationsChanged(VENDORSCOUT_DB_NAME, () => {
    changes += 1;
  });
  const library = makeLibrary();
  await library.saveCapture(makeCapture({}));
  const beforeCreate = changes;
  await library.saveEvaluation({
    id: "eval-1",
    name: "Payroll 2026",
    function: "accounting-payroll",
    criteria: [{ id: "cost", name: "Cost", weight: 1 }],
    vendorIds: [],
  });
  const afterCreate = changes;
  expect(afterCreate).toBeGreaterThan(beforeCreate);
  await library.addToEvaluation("eval-1", ["acme.com"]);
  expect(changes).toBeGreaterThan(afterCreate);
});
