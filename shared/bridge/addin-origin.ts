/** The add-in origin of development builds (`npm start`, `npm run demo`, tests), never of a production one. */
export const DEFAULT_ADDIN_ORIGIN = "https://localhost:3000";

/**
 * The origins allowed to call the bridge, from the build setting PLASMO_PUBLIC_ADDIN_ORIGIN (the
 * build also writes it into `externally_connectable.matches` as "<origin>/*"). Only an https origin
 * without a path counts; anything else, or no setting at all, allows no origin, so a typo or a
 * forgotten setting closes the bridge instead of opening it to a development server (issue 19).
 *
 * @example
 * addinOrigins("https://addin.example.com") //=> ["https://addin.example.com"]
 * addinOrigins(undefined)                    //=> []
 * addinOrigins("https://example.com/path")   //=> []
 */
export function addinOrigins(setting: string | undefined): readonly string[] {
  const value = setting?.trim();
  if (!value || !URL.canParse(value)) return [];
  const url = new URL(value);
  if (url.protocol !== "https:" || url.origin !== value) return [];
  return [url.origin];
}

/**
 * Exact origin match: "https://localhost:3000" allows that origin only, never
 * "https://localhost:3000.evil.com" or "http://localhost:3000".
 */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): origin is string {
  return typeof origin === "string" && origin !== "null" && allowed.includes(origin);
}

/**
 * Whether a host name is this machine: localhost (and *.localhost, which browsers resolve to it),
 * 127.0.0.0/8, ::1 and 0.0.0.0. Any program on the owner's computer can serve such an origin.
 *
 * @example
 * isLoopbackHost("localhost") //=> true
 * isLoopbackHost("[::1]")     //=> true
 * isLoopbackHost("addin.example.com") //=> false
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === "0.0.0.0" ||
    host === "[::1]" ||
    host === "::1" ||
    /^\[::ffff:(127\.|7f)/.test(host)
  );
}

/**
 * The add-in origin a production build may allow: https, no path, not this machine. Throws a
 * sentence that says what to give instead.
 *
 * @example
 * productionAddinOrigin("https://addin.example.com/") //=> "https://addin.example.com"
 * productionAddinOrigin("https://localhost:3000")     // throws RangeError
 * productionAddinOrigin("http://addin.example.com")   // throws RangeError
 */
export function productionAddinOrigin(text: string | undefined): string {
  const value = text?.trim() ?? "";
  if (!value) {
    throw new RangeError(
      "A production build needs the add-in's https origin: run `npm run release -- --origin https://your.host`, or set VENDORSCOUT_ADDIN_ORIGIN=https://your.host before `npm run build`.",
    );
  }
  const url = new URL(httpsOrigin(value));
  if (isLoopbackHost(url.hostname)) {
    throw new RangeError(
      `The add-in origin ${url.origin} is this computer: any local development server could then read the whole library. Give the https origin where the add-in is hosted, or run \`npm run build:dev\` for a development build.`,
    );
  }
  return url.origin;
}

/**
 * Checks and normalises an add-in origin: https, a host, an optional port, nothing else. Shared by the
 * production build (productionAddinOrigin, which also refuses this machine) and the manifest renderer.
 *
 * @example
 * httpsOrigin("https://addin.example.com/") //=> "https://addin.example.com"
 * httpsOrigin("http://addin.example.com")   // throws RangeError
 */
export function httpsOrigin(value: string): string {
  if (!URL.canParse(value)) {
    throw new RangeError(
      `"${value}" is not a URL; give the add-in's origin, such as https://addin.example.com.`,
    );
  }
  const url = new URL(value);
  if (url.protocol !== "https:") {
    throw new RangeError(
      `The add-in origin ${value} is not https; Office loads add-ins only over https, so give an https origin such as https://addin.example.com.`,
    );
  }
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== "/" && url.pathname !== "")
  ) {
    throw new RangeError(
      `"${value}" is more than an origin; give only scheme, host and port, such as https://addin.example.com.`,
    );
  }
  return url.origin;
}
