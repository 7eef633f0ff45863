/**
 * The add-in origins allowed to call the bridge, inlined at build time from PLASMO_PUBLIC_ADDIN_ORIGIN;
 * unset, nobody is allowed.
 */
import { addinOrigins } from "../../shared/bridge/addin-origin";

/**
 * The add-in origins allowed to call the bridge. Plasmo inlines PLASMO_PUBLIC_* at build time
 * (https://docs.plasmo.com/framework/env); excel-addin/build/build-extension.ts sets it, checked, and
 * writes the same origin into externally_connectable. Unset, nobody is allowed.
 */
export const ALLOWED_ADDIN_ORIGINS: readonly string[] = addinOrigins(process.env.PLASMO_PUBLIC_ADDIN_ORIGIN);
