// @vitest-environment jsdom
import { act } from "react";
import { expect, test, vi } from "vitest";
import { getButton } from "../../tests/support/react/controls";
import { render } from "../../tests/support/react/render";
import { LibraryFilesView } from "./library-files-view";
import type { ImportSummary, LibraryPort, PanelPorts } from "./library-port";

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
const PACK_BYTES = new TextEncoder().encode(JSON.stringify({ format: "vendorscout-pack" }));

/**
 * The view over a library that has only the given methods (and a no-op discardImportPreview), with a
 * `pick` that picks a file as the owner does. jsdom's File has no arrayBuffer(); the view reads only the
 * name and the bytes.
 */
async function renderFilesView(library: Partial<LibraryPort>) {
  const ports = {
    library: { discardImportPreview: () => undefined, ...library },
    directoryAccess: { has: async () => false },
  } as unknown as PanelPorts;
  const { container, root } = await render(<LibraryFilesView ports={ports} onChanged={() => undefined} />);
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Vendor pack file"]');
  let files: unknown[] = [];
  Object.defineProperty(input, "files", { get: () => files });
  const pick = async (
    bytes: Uint8Array = PACK_BYTES,
    name = "library.vendorpack.json",
    file: Record<string, unknown> = {},
  ) => {
    files = [{ name, arrayBuffer: async () => bytes.buffer, ...file }];
    await act(async () => {
      input?.dispatchEvent(new Event("change", { bubbles: true }));
    });
  };
  return { container, root, input, pick };
}

test("while a pack imports, the panel says how much it is importing, then what it imported", async () => {
  let finish: (result: { ok: true; message: string }) => void = () => undefined;
  const { container, pick } = await renderFilesView({
    previewImport: async () => SUMMARY,
    commitImport: () =>
      new Promise((resolve) => {
        finish = resolve;
      }),
  });
  await pick();
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
  const { container, input, pick } = await renderFilesView({
    previewImport: () =>
      new Promise<ImportSummary>((resolve) => {
        pending.push(resolve);
      }),
  });
  await pick(PACK_BYTES, "old.vendorpack.json");
  await pick(PACK_BYTES, "new.vendorpack.json");
  expect(pending).toHaveLength(2);
  await act(async () => pending[1]?.(SUMMARY));
  await act(async () => pending[0]?.({ ...SUMMARY, newVendors: 99 }));
  const preview = container.querySelector('[data-testid="import-preview"]');
  expect(preview?.textContent).toContain("new.vendorpack.json");
  expect(preview?.textContent).not.toContain("old.vendorpack.json");
  // The input was emptied after each pick, so the same file can be picked again.
  expect(input?.value).toBe("");
});

/** The view with a library that counts how often it is told to let go of a previewed pack. */
async function viewCountingDiscards() {
  const counts = { discarded: 0 };
  const view = await renderFilesView({
    previewImport: async () => SUMMARY,
    discardImportPreview: () => {
      counts.discarded += 1;
    },
  });
  return { ...view, counts };
}

test("leaving the view with a preview on screen lets the library drop the pack it checked", async () => {
  const { container, root, counts, pick } = await viewCountingDiscards();
  await pick();
  await expect.poll(() => container.querySelector('[data-testid="import-preview"]')).not.toBeNull();
  const whilePreviewed = counts.discarded;

  await act(async () => root.unmount());
  expect(counts.discarded).toBe(whilePreviewed + 1);
});

test("picking another file lets the library drop the earlier preview's pack, even if the new file fails", async () => {
  const { container, counts, pick } = await viewCountingDiscards();
  await pick();
  await expect.poll(() => container.querySelector('[data-testid="import-preview"]')).not.toBeNull();
  const whilePreviewed = counts.discarded;

  await pick(new Uint8Array([0xff, 0xfe, 0x00])); // not UTF-8: refused before any preview
  await expect.poll(() => container.querySelector('[data-testid="import-errors"]')).not.toBeNull();
  expect(counts.discarded).toBe(whilePreviewed + 1);
});

test("a file over the size limit is refused before it is read (issue 19, finding 8)", async () => {
  const previewImport = vi.fn(async () => SUMMARY);
  const { container, pick } = await renderFilesView({ previewImport });
  let read = false;
  await pick(PACK_BYTES, "huge.vendorpack.json", {
    size: 2 * 1024 * 1024 * 1024,
    arrayBuffer: async () => {
      read = true;
      return PACK_BYTES.buffer;
    },
  });
  await expect.poll(() => container.querySelector('[data-testid="import-errors"]')).not.toBeNull();
  expect(container.textContent).toContain("larger than 40 MB");
  expect(read).toBe(false);
  expect(previewImport).not.toHaveBeenCalled();
});

test("a Fluent button picks the file, and each export names its file and where it went", async () => {
  const downloads: string[] = [];
  const ports = {
    library: {
      discardImportPreview: () => undefined,
      exportPack: async () => ({ vendors: [], reviews: [], evaluations: [] }),
    },
    directoryAccess: { has: async () => false },
    download: (fileName: string) => void downloads.push(fileName),
    packFile: () => ({ fileName: "vendorscout-2026-12-06.vendorpack.json", text: "{}" }),
    vendorsCsv: () => "csv",
  } as unknown as PanelPorts;
  const { container } = await render(<LibraryFilesView ports={ports} onChanged={() => undefined} />);
  const input = container.querySelector<HTMLInputElement>('input[aria-label="Vendor pack file"]');
  expect(input?.style.display).toBe("none");
  let opened = 0;
  input?.addEventListener("click", (event) => {
    event.preventDefault();
    opened += 1;
  });
  const button = (text: string) => getButton(container, text);
  await act(async () => button("Choose a vendor pack…").click());
  expect(opened).toBe(1);
  const message = () => container.querySelector('[data-testid="export-message"]')?.textContent ?? "";
  await act(async () => button("Export library (.vendorpack.json)").click());
  expect(message()).toContain("Downloaded “vendorscout-2026-12-06.vendorpack.json”");
  await act(async () => button("Export library (CSV)").click());
  expect(message()).toContain("Downloaded “vendorscout-library.csv”");
  expect(downloads).toEqual(["vendorscout-2026-12-06.vendorpack.json", "vendorscout-library.csv"]);
});
