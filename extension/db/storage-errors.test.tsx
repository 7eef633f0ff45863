// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { makeCapture, makeLibrary } from "../../tests/support/library/make-library";
import { render } from "../../tests/support/react/render";
import { LibraryFilesView } from "../components/library-files-view";
import type { LibraryPort, PanelPorts } from "../components/library-port";
import { VendorDetail } from "../components/vendor-detail";
import { libraryPort } from "../services/library-port";
import { isQuotaExceeded, STORAGE_FULL_MESSAGE } from "./storage-errors";

/** The quoted control names in the message: each must be a button the side panel really shows. */
const named = [...STORAGE_FULL_MESSAGE.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? "");

function buttons(container: HTMLElement): string[] {
  return [...container.querySelectorAll("button")].map((button) => button.textContent?.trim() ?? "");
}

describe("STORAGE_FULL_MESSAGE (issue 19, finding 10)", () => {
  test("names controls, and every control it names exists in the side panel", async () => {
    expect(named).toEqual(["Delete this vendor", "Export library (.vendorpack.json)"]);
    const library = makeLibrary();
    await library.saveCapture(makeCapture({ domain: "acme.com", name: "Acme" }));
    const port: LibraryPort = libraryPort(library, (work) => work());
    const detail = await render(
      <VendorDetail
        library={port}
        vendorId="acme.com"
        version={0}
        evaluations={[]}
        onBack={() => {}}
        onChanged={() => {}}
      />,
    );
    for (let i = 0; i < 50 && !buttons(detail.container).includes("Delete this vendor"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const ports = { library: port, directoryAccess: { has: async () => false } } as unknown as PanelPorts;
    const files = await render(<LibraryFilesView ports={ports} onChanged={() => {}} />);
    const shown = [...buttons(detail.container), ...buttons(files.container)];
    for (const name of named) expect(shown).toContain(name);
    expect(STORAGE_FULL_MESSAGE).not.toMatch(/clear the library/);
  });

  test("recognises the quota error however Dexie wraps it", () => {
    const quota = new DOMException("full", "QuotaExceededError");
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded({ name: "AbortError", inner: quota })).toBe(true);
    expect(isQuotaExceeded({ name: "BulkError", failures: { 3: quota } })).toBe(true);
    expect(isQuotaExceeded(new Error("other"))).toBe(false);
  });
});
