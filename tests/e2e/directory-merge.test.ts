import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ClipSession, startClipSession, storedVendors } from "./helpers/extension-session";
import { openSidePanel } from "./helpers/side-panel";

// Issue 17, class 1, end to end in Chromium: a clip of a directory page about a vendor and a clip of
// the vendor's own site merge into one vendor, for each way a directory names the vendor's site.
// The pages are BUILT from those shapes (tests/fixtures/pages/built); no licensed real page has them.
// Served from localhost, each page declares its address with a canonical link.

let session: ClipSession;

beforeAll(async () => {
  session = await startClipSession();
});

afterAll(async () => {
  await session?.close();
});

describe("a directory clip and the vendor-site clip merge into one vendor", () => {
  test.each([
    ["a bare sameAs string", "trustpilot-sameas-bare.html", "vendor-harborpayroll.html", "harborpayroll.com"],
    [
      "the directory's own address",
      "trustpilot-address-only.html",
      "vendor-summitledger.html",
      "summitledger.co.uk",
    ],
    ["offeredBy on a sub-page", "g2-offered-by-subpage.html", "vendor-pixelharbor.html", "pixelharbor.io"],
    [
      "a redirect with utm parameters",
      "clutch-redirect-utm.html",
      "vendor-northstar.html",
      "northstar-it.com",
    ],
    ["a contact-page link", "yelp-contact-link.html", "vendor-quill.html", "quillbookkeeping.com"],
  ])("%s: %s then %s -> %s", async (_shape, directoryPage, vendorPage, domain) => {
    const fromDirectory = await session.clip(`built/${directoryPage}`);
    expect(fromDirectory).toMatchObject({ ok: true, kind: "page", pageKind: "directory", created: true });
    const fromSite = await session.clip(`built/${vendorPage}`);
    expect(fromSite).toMatchObject({ ok: true, kind: "page", pageKind: "vendor-site", created: false });
    expect(fromSite.vendorId).toBe(fromDirectory.vendorId);
    const stored = (await storedVendors(session.sender)).filter((vendor) => vendor.domain === domain);
    expect(stored).toHaveLength(1);
  });

  test("a category page listing 25 providers saves nothing and says why", async () => {
    const before = (await storedVendors(session.sender)).length;
    const outcome = await session.clip("built/capterra-category.html");
    expect(outcome).toEqual({
      ok: false,
      message: "This page lists 25 providers: open one provider's page to clip it.",
    });
    expect((await storedVendors(session.sender)).length).toBe(before);
  });

  test("what a clip was unsure of shows as a warning in the side panel", async () => {
    // The page links a reseller while its address names the company: the address wins, and the clip
    // says what it set aside.
    const outcome = await session.clip("built/trustpilot-link-mismatch.html");
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true, vendorName: "Bright Ledger" });
    expect((outcome.warnings as string[]).join(" ")).toMatch(/its address names brightledger\.com/);
    const panel = await openSidePanel(session.extension);
    const bar = panel.getByTestId("clip-warnings");
    await expect
      .poll(() => bar.textContent(), { timeout: 10_000 })
      .toMatch(/its address names brightledger\.com/);
    await panel.close();
  });
});
