// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { render } from "../../tests/support/react/render";
import { ImportChanges } from "./import-changes";
import type { LibraryPort } from "./library-port";
import { UndoImport } from "./undo-import";

test("the last import is offered for undo; a refusal is shown as the library words it", async () => {
  let undone = 0;
  const library = {
    lastImport: async () => ({
      at: "2026-12-06T10:00:00.000Z",
      summary: "2 new vendors, 1 updated, 6 new reviews",
    }),
    undoLastImport: async () => {
      undone++;
      return {
        ok: true as const,
        message: "Undid the import of 2026-12-06 10:00 (2 new vendors, 1 updated, 6 new reviews).",
      };
    },
  } as unknown as LibraryPort;
  let changed = 0;
  const { container } = await render(
    <UndoImport library={library} version="done" onChanged={() => changed++} />,
  );
  await expect.poll(() => container.textContent).toContain("Last import, 2026-12-06 10:00: 2 new vendors");
  const button = [...container.querySelectorAll("button")].find((b) => b.textContent === "Undo this import");
  await act(async () => button?.click());
  expect(undone).toBe(1);
  expect(changed).toBe(1);
  expect(container.textContent).toContain("Undid the import");
});

test("the preview's changes are listed per vendor as text, old -> new", async () => {
  const { container } = await render(
    <ImportChanges
      changes={[
        {
          vendorId: "acme.com",
          name: "<b>Acme</b>",
          fields: [{ field: "timeZone", from: "(empty)", to: "Europe/London" }],
        },
      ]}
    />,
  );
  expect(container.querySelector('[data-testid="import-change"]')?.textContent).toBe(
    "<b>Acme</b>timeZone: (empty) -> Europe/London",
  );
  expect(container.querySelector("b")).toBeNull();
});
