import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY, extensionIdsToCall } from "./extension-id";

/** Chrome's rule: sha256 of the DER public key, first 32 hex digits, 0-f mapped to a-p. */
function extensionIdFromKey(base64Key: string): string {
  const hex = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join("");
}

describe("extension id", () => {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).manifest;

  test("package.json manifest key is the committed public key", () => {
    expect(manifest.key).toBe(EXTENSION_PUBLIC_KEY);
  });

  test("EXTENSION_ID is the id Chrome computes from the manifest key", () => {
    expect(extensionIdFromKey(manifest.key)).toBe(EXTENSION_ID);
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });

  test("package.json allows no origin itself: the build writes the one it was given", () => {
    // excel-addin/build/build-extension.ts writes externally_connectable per build (issue 19).
    expect(manifest.externally_connectable).toBeUndefined();
  });
});

describe("extensionIdsToCall", () => {
  test("the release's store ids first, then the development id, each once", () => {
    const store = "abcdefghijklmnopabcdefghijklmnop";
    expect(extensionIdsToCall(undefined)).toEqual([EXTENSION_ID]);
    expect(extensionIdsToCall(` ${store}, ${EXTENSION_ID} `)).toEqual([store, EXTENSION_ID]);
  });

  test("anything else is refused with where to find the id", () => {
    expect(() => extensionIdsToCall("chrome-extension://x")).toThrow(/store's dashboard/);
  });
});
