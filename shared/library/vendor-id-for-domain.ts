/**
 * One job: the library id a vendor gets from its website domain.
 */
import { recordIdSchema } from "../schema/common";
import { vendorCandidateSchema } from "../schema/vendor";

/**
 * The library id of the vendor whose own site has this registrable domain. The domain itself is the
 * id (readable in Excel's Vendors sheet and stable across machines, so two libraries exporting the same
 * vendor agree); a domain too long for a record id gets a hashed id instead.
 *
 * @example
 * vendorIdForDomain("Acme.com")
 * //=> "acme.com"
 * vendorIdForDomain("not a domain")
 * //=> throws Error("\"not a domain\" is not a website domain such as example.com. …")
 */
export function vendorIdForDomain(domain: string): string {
  const normalized = domain.trim().toLowerCase();
  if (!vendorCandidateSchema.shape.domain.safeParse(normalized).success) {
    throw new Error(
      `"${domain}" is not a website domain such as example.com. Clip the vendor from its own website or a directory page that links to it.`,
    );
  }
  if (recordIdSchema.safeParse(normalized).success) return normalized;
  return `v-${hashText(normalized)}`;
}

function hashText(text: string): string {
  // Two 32-bit FNV-1a passes with different seeds: ids only need to be stable and spread.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
