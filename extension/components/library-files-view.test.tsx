// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { LibraryFilesView } from "./library-files-view";
import type { ImportSummary, PanelPorts } from "./library-port";
import { render } from "./test-support/render";

const SUMMARY: ImportSummary = {
  ok: true,
  newVendors: 3,
  updatedVendors: 1,
  unchangedVendors: 2,
  newReviews: 12,
  evaluations: 0,
  rejected: [],
  errors: [],
};
const DONE = "Imported 3 new vendors, updated 1; 12 new reviews.";

test("while a pack imports, the panel says how much it is importing, then what it imported", async () => {
  let finish: (result: { ok: true; message: string }) => void = () => undefined;
  const ports = {
    library: {
      previewImport: async () => SUMMARY,
      commitImport: () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    },
    directoryAccess: { has: async () => false },
  } as unknown as PanelPorts;
  const { container } = await render(<LibraryFilesView ports={ports} onChanged={() => undefined} />);

  const input = container.querySelector<HTMLInputElement>('input[aria-label="Vendor pack file"]');
  // jsdom's File has no arrayBuffer(); the view reads only the name and the bytes.
  const bytes = new TextEncoder().encode(JSON.stringify({ format: "vendorscout-pack" }));
  const file = { name: "library.vendorpack.json", arrayBuffer: async () => bytes.buffer };
  Object.defineProperty(input, "files", { value: [file] });
  await act(async () => {
    input?.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect.poll(() => container.querySelector('[data-testid="import-preview"]')).not.toBeNull();

  const importButton = [...container.querySelectorAll("button")].find((button) =>
    /^Import/.test(button.textContent ?? ""),
  );
  await act(async () => importButton?.click());
  expect(container.textContent).toContain("Importing 4 vendors and 12 reviews…");
  expect(container.querySelector('[data-testid="import-preview"]')).toBeNull();

  await act(async () => finish({ ok: true, message: DONE }));
  expect(container.textContent).not.toContain("Importing");
  expect(container.textContent).toContain(DONE);
});

test("the preview of a file picked earlier never replaces the preview of the file picked after it", async () => {
  const pending: Array<(summary: ImportSummary) => void> = [];
  const ports = {
    library: {
      previewImport: () =>
        new Promise<ImportSummary>((resolve) => {
          pending.push(resolve);
        }),
    },
    directoryAccess: { has: async () => false },
  } as unknown as PanelPorts;
  const { container } = await render(<LibraryFilesView ports={ports} onChanged={() => undefined} />);
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Vendor pack file"]');
  const bytes = new TextEncoder().encode(JSON.stringify({ format: "vendorscout-pack" }));
  let files: unknown[] = [];
  Object.defineProperty(input, "files", { get: () => files });
  const pick = async (name: string) => {
    files = [{ name, arrayBuffer: async () => bytes.buffer }];
    await act(async () => {
      input?.dispatchEvent(new Event("change", { bubbles: true }));
    });
  };
  await pick("old.vendorpack.json");
  await pick("new.vendorpack.json");
  expect(pending).toHaveLength(2);
  await act(async () => pending[1]?.(SUMMARY));
  await act(async () => pending[0]?.({ ...SUMMARY, newVendors: 99 }));
  const preview = container.querySelector('[data-testid="import-preview"]');
  expect(preview?.textContent).toContain("new.vendorpack.json");
  expect(preview?.textContent).not.toContain("old.vendorpack.json");
  // The input was emptied after each pick, so the same file can be picked again.
  expect(input?.value).toBe("");
});

test("leaving the view with a preview on screen lets the library drop the pack it checked", async () => {
  let discarded = 0;
  const ports = {
    library: {
      previewImport: async () => SUMMARY,
      discardImportPreview: () => {
        discarded += 1;
      },
    },
    directoryAccess: { has: async () => false },
  } as unknown as PanelPorts;
  const { container, root } = await render(<LibraryFilesView ports={ports} onChanged={() => undefined} />);
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Vendor pack file"]');
  const bytes = new TextEncoder().encode(JSON.stringify({ format: "vendorscout-pack" }));
  Object.defineProperty(input, "files", {
    value: [{ name: "library.vendorpack.json", arrayBuffer: async () => bytes.buffer }],
  });
  await act(async () => {
    input?.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect.poll(() => container.querySelector('[data-testid="import-preview"]')).not.toBeNull();
  expect(discarded).toBe(0);

  await act(async () => root.unmount());
  expect(discarded).toBe(1);
});
