import { describe, expect, test } from "vitest";
import { pageClaimTrustRaw, savedCopyWarningRaw } from "./page-identity";

// Issue 19, finding 3: only the page's own address names its vendor, except for saved copies.
describe("pageClaimTrustRaw", () => {
  test.each([
    ["https://evil.example/page", false, "address"],
    ["https://evil.example/page", true, "address"],
    ["https://www.trustpilot.com/review/brightbooks.com", true, "address"],
    // Production builds: a page on this computer or an IP address is its own host.
    ["http://localhost:4173/clutch.html", false, "address"],
    ["https://127.0.0.1:8443/p.html", false, "address"],
    ["http://192.168.1.5/vendor", false, "address"],
    ["http://[::1]:3000/", false, "address"],
    // Development builds and tests, which serve saved copies there.
    ["http://localhost:4173/clutch.html", true, "development-host"],
    ["http://127.0.0.1:8080/c.html", true, "development-host"],
    // The owner's own copy opened from disk, in every build.
    ["file:///home/me/brightbooks.html", false, "saved-file"],
    ["FILE:///C:/Users/me/page.htm", true, "saved-file"],
    // No page at all: nothing may name itself.
    ["about:blank", true, "address"],
    ["chrome-extension://abc/page.html", true, "address"],
    ["not a url", true, "address"],
  ] as const)("%s with trust %s: %s", (url, trust, expected) => {
    expect(pageClaimTrustRaw(url, trust)).toBe(expected);
  });
});

test("savedCopyWarningRaw names the site the copy claims", () => {
  expect(savedCopyWarningRaw("https://www.brightbooks.com/")).toBe(
    "This is a copy opened from disk; its vendor's site, brightbooks.com, is what the copy says about itself. Check it before you rely on it.",
  );
});
