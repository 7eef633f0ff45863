/**
 * The vendor's domain when a review directory's address names it, as Trustpilot's does
 * (https://www.trustpilot.com/review/brightbooks.com); undefined for other addresses.
 *
 * @example
 * directoryVendorDomain("https://uk.trustpilot.com/review/www.brightbooks.com?page=2") //=> "brightbooks.com"
 * directoryVendorDomain("https://www.g2.com/products/brightbooks/reviews") //=> undefined
 */
export function directoryVendorDomain(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  if (host !== "trustpilot.com" && !host.endsWith(".trustpilot.com")) return undefined;
  const match = /^\/review\/([^/?#]+)/i.exec(parsed.pathname);
  const domain = match?.[1]?.toLowerCase().replace(/^www\./, "");
  return domain && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : undefined;
}
