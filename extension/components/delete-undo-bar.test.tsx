// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { makeVendor } from "../../tests/support/bridge/records";
import { getButton, queryButton } from "../../tests/support/react/controls";
import { render } from "../../tests/support/react/render";
import { DeleteUndoBar } from "./delete-undo-bar";
import type { DeletedVendorSnapshot, LibraryPort } from "./library-port";

const deleted: DeletedVendorSnapshot = { vendor: makeVendor(1, { name: "Acme" }) };

test("Undo puts the deleted vendor back and reopens it", async () => {
  const restored: unknown[] = [];
  const reopened: string[] = [];
  const library = {
    restoreDeletedVendor: async (d: DeletedVendorSnapshot) => void restored.push(d),
  } as unknown as LibraryPort;
  const { container } = await render(
    <DeleteUndoBar
      library={library}
      deleted={deleted}
      onDone={() => {}}
      onRestored={(id) => reopened.push(id)}
    />,
  );
  expect(container.textContent).toContain("Deleted Acme.");
  await act(async () => getButton(container, "Undo").click());
  expect(restored).toEqual([deleted]);
  expect(reopened).toEqual([deleted.vendor.id]);
});

test("an undo the library refuses says why and offers no second try", async () => {
  const library = {
    restoreDeletedVendor: async () => {
      throw new Error("Acme cannot be put back: clip it again.");
    },
  } as unknown as LibraryPort;
  const { container } = await render(
    <DeleteUndoBar library={library} deleted={deleted} onDone={() => {}} onRestored={() => {}} />,
  );
  await act(async () => getButton(container, "Undo").click());
  expect(container.textContent).toContain("cannot be put back");
  expect(queryButton(container, "Undo")).toBeUndefined();
});
