/**
 * The registrable domain of a URL or host, the vendor's identity across clips; IP addresses, localhost and
 * bare public suffixes have none.
 */
import { getDomain, parse } from "tldts";

/**
 * The registrable domain (public suffix + one label) of a URL or host name, lower-case and in
 * punycode, the vendor's identity across clips. IP addresses, localhost and bare public suffixes
 * have none.
 *
 * @example
 * registrableDomain("https://www.bbc.co.uk/news") //=> "bbc.co.uk"
 * registrableDomain("https://bücher.de") //=> "xn--bcher-kva.de"
 * registrableDomain("http://127.0.0.1:8080/") //=> undefined
 * registrableDomain("http://localhost:3000/x") //=> undefined
 */
export function registrableDomain(urlOrHost: string | undefined): string | undefined {
  if (!urlOrHost) return undefined;
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  const parsed = parse(host);
  if (parsed.isIp) return undefined;
  const domain = getDomain(host);
  if (!domain || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) return undefined;
  return domain;
}

/** The punycode host name of a URL or bare host, or undefined when it cannot be read. */
export function hostOf(urlOrHost: string): string | undefined {
  const trimmed = urlOrHost.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    const host = new URL(withScheme).hostname.toLowerCase();
    return host.replace(/\.$/, "") || undefined;
  } catch {
    return undefined;
  }
}
