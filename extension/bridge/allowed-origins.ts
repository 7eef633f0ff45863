import { addinOrigins } from "../../shared/bridge/addin-origin";

/**
 * The add-in origins allowed to call the bridge. Plasmo inlines PLASMO_PUBLIC_* at build time
 * (https://docs.plasmo.com/framework/env); the same setting fills externally_connectable.matches in
 * package.json as "$PLASMO_PUBLIC_ADDIN_ORIGIN/*", and .env holds the development default.
 */
export const ALLOWED_ADDIN_ORIGINS: readonly string[] = addinOrigins(process.env.PLASMO_PUBLIC_ADDIN_ORIGIN);
