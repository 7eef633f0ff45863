/**
 * What an extension build allows and what it is called: development builds (`npm start`, `npm run demo`,
 * `npm test`) let the add-in on https://localhost:3000 call the bridge and say "development" in their
 * name; production builds allow only the hosted https origin given at build time, never this machine
 * (issue 19, finding 1). build-extension.ts applies these settings to Plasmo's output.
 */
import { DEFAULT_ADDIN_ORIGIN, productionAddinOrigin } from "../../shared/bridge/addin-origin";

export type BuildMode = "development" | "production";

export interface ExtensionBuildSettings {
  mode: BuildMode;
  /** The one origin in externally_connectable and the bridge's allowlist; null: no live bridge. */
  origin: string | null;
  /** The extension's name as the browser shows it. */
  name: string;
}

export interface BuildEnvironment {
  /** `--development`, or VENDORSCOUT_BUILD=development. */
  development: boolean;
  /** `--origin`, or VENDORSCOUT_ADDIN_ORIGIN. */
  origin: string | undefined;
  /** package.json displayName. */
  displayName: string;
}

/**
 * Settings for one build, or a RangeError whose message says what to give instead.
 *
 * @example
 * extensionBuildSettings({ development: true, origin: undefined, displayName: "VendorScout" })
 * //=> { mode: "development", origin: "https://localhost:3000", name: "VendorScout (development)" }
 * extensionBuildSettings({ development: false, origin: "https://addin.example.com", displayName: "VendorScout" })
 * //=> { mode: "production", origin: "https://addin.example.com", name: "VendorScout" }
 * extensionBuildSettings({ development: false, origin: undefined, displayName: "VendorScout" })
 * //=> { mode: "production", origin: null, name: "VendorScout" }  (no bridge: the add-in imports packs)
 * extensionBuildSettings({ development: false, origin: "https://localhost:3000", displayName: "VendorScout" })
 * // throws RangeError: "The add-in origin https://localhost:3000 is this computer: ..."
 */
export function extensionBuildSettings(env: BuildEnvironment): ExtensionBuildSettings {
  const given = env.origin?.trim() ? env.origin.trim() : undefined;
  if (env.development) {
    const origin = given ?? DEFAULT_ADDIN_ORIGIN;
    if (!URL.canParse(origin) || new URL(origin).protocol !== "https:" || new URL(origin).origin !== origin) {
      throw new RangeError(
        `The add-in origin "${origin}" is not an https origin such as https://localhost:3000; give one without a path.`,
      );
    }
    return { mode: "development", origin, name: `${env.displayName} (development)` };
  }
  return {
    mode: "production",
    origin: given === undefined ? null : productionAddinOrigin(given),
    name: env.displayName,
  };
}

/**
 * The PLASMO_PUBLIC_* variables Plasmo inlines into the bundles for these settings: the bridge's one
 * origin, and the build's mode, from which the offscreen extractor decides whether a page on localhost
 * or an IP address may name its own vendor (extension/capture/extract-options.ts; only in development).
 * Both are set even when empty, so no .env file can put a value back (a variable in the environment wins).
 *
 * @example
 * plasmoEnvironment({ mode: "production", origin: "https://addin.example.com", name: "VendorScout" })
 * //=> { PLASMO_PUBLIC_ADDIN_ORIGIN: "https://addin.example.com", PLASMO_PUBLIC_BUILD_MODE: "production" }
 */
export function plasmoEnvironment(settings: ExtensionBuildSettings): {
  PLASMO_PUBLIC_ADDIN_ORIGIN: string;
  PLASMO_PUBLIC_BUILD_MODE: BuildMode;
} {
  return { PLASMO_PUBLIC_ADDIN_ORIGIN: settings.origin ?? "", PLASMO_PUBLIC_BUILD_MODE: settings.mode };
}

/**
 * The built manifest.json with the settings' name and bridge origin; every other key is kept.
 * Without an origin, externally_connectable is left out, so no web page can even try the bridge.
 */
export function applyBuildSettings(
  manifest: Record<string, unknown>,
  settings: ExtensionBuildSettings,
): Record<string, unknown> {
  const { externally_connectable: _dropped, ...rest } = manifest;
  return {
    ...rest,
    name: settings.name,
    ...(settings.origin === null ? {} : { externally_connectable: { matches: [`${settings.origin}/*`] } }),
  };
}
