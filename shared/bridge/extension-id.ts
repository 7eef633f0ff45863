/**
 * The extension's public key, as the manifest's `key` (base64 DER SubjectPublicKeyInfo). It pins the
 * extension id for unpacked and development builds, so the task pane knows whom to call.
 * https://developer.chrome.com/docs/extensions/reference/manifest/key
 *
 * Regenerating the key changes the id; extension-id.test.ts recomputes the id from package.json.
 */
export const EXTENSION_PUBLIC_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwe40qsxV2fmbZcERxDtOPgLc6YTjsA8yB+V+cBr3dk8jWBcdSya/4pTaOQpyOXIOsr0AXqRL+cZYn9VwClf5uWo0SxjAEg1Tk0BD9OpWjpDDYNbRWuj3PMxaYKSoruG/MJk16xCSi8O81juw7qN9pp8oa7xetN8gGbzIxALHjFPQZQM+VuTbSJjnkOQosHAm9OI3WELiGkcR6e7CGE4fYx1jfkiBlvJLDSZIV05rEg7FpxuGnx2uWit/NlXVxbGnHWIn5YRPl3w4ImKrHwgNMGtPw2DTTlI5f+49az6w6US05yn6HWI1tCh+gSxDTX8qoXfxxqAlGf8IVJ05eYFtgQIDAQAB";

/** First 32 hex digits of sha256(DER public key), each mapped 0-f -> a-p. */
export const EXTENSION_ID = "nghbmnafmljokfkibgmnlnigmilhahni";

/**
 * The ids the task pane calls, in order: those a release was built with (`npm run release --
 * --chrome-id ID --edge-id ID`, from the store dashboards: the stores give the item their own key),
 * then the development id. A setting that is not a comma-separated list of ids is a build error.
 *
 * @example
 * extensionIdsToCall(undefined) //=> ["nghbmnafmljokfkibgmnlnigmilhahni"]
 * extensionIdsToCall("abcdefghijklmnopabcdefghijklmnop") //=> ["abcdefghijklmnopabcdefghijklmnop", "nghb…"]
 */
export function extensionIdsToCall(setting: string | undefined): string[] {
  const ids = (setting ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  for (const id of ids) {
    if (!/^[a-p]{32}$/.test(id)) {
      throw new RangeError(
        `"${id}" is not an extension id (32 letters a-p); copy the item id from the store's dashboard.`,
      );
    }
  }
  return [...new Set([...ids, EXTENSION_ID])];
}
