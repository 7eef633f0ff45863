/** The add-in origin a development build allows when PLASMO_PUBLIC_ADDIN_ORIGIN is not set. */
export const DEFAULT_ADDIN_ORIGIN = "https://localhost:3000";

/**
 * The origins allowed to call the bridge, from the build setting PLASMO_PUBLIC_ADDIN_ORIGIN (the same
 * value fills `externally_connectable.matches` as "<origin>/*"). Only https origins without a path
 * are accepted: anything else falls back to the default, so a typo never opens the bridge wider.
 *
 * @example
 * addinOrigins("https://addin.example.com") //=> ["https://addin.example.com"]
 * addinOrigins(undefined)                    //=> ["https://localhost:3000"]
 * addinOrigins("https://example.com/path")   //=> ["https://localhost:3000"]
 */
export function addinOrigins(setting: string | undefined): readonly string[] {
  const value = setting?.trim();
  if (!value) return [DEFAULT_ADDIN_ORIGIN];
  if (!URL.canParse(value)) return [DEFAULT_ADDIN_ORIGIN];
  const url = new URL(value);
  if (url.protocol !== "https:" || url.origin !== value) return [DEFAULT_ADDIN_ORIGIN];
  return [url.origin];
}

/**
 * Exact origin match: "https://localhost:3000" allows that origin only, never
 * "https://localhost:3000.evil.com" or "http://localhost:3000".
 */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  return typeof origin === "string" && origin !== "null" && allowed.includes(origin);
}
