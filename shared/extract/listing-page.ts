/**
 * Tells a category, search or listing page that names several providers from one provider's page, so a clip
 * never saves the wrong vendor.
 */
import { allThings, children, hasType, type Thing } from "./thing";

const PROVIDER_TYPES = new Set([
  "Organization",
  "LocalBusiness",
  "ProfessionalService",
  "Product",
  "SoftwareApplication",
  "WebApplication",
  "Service",
]);
const VISIT =
  /^\s*(?:visit (?:the )?(?:web)?site|visit website|website besuchen|zur website|visiter le site|voir le site|visitar (?:el )?sitio(?: web)?|ir a la web)\s*$/i;
/** Three providers make a list; a vendor page links its own site once (and maybe a partner). */
const LISTING_MIN = 3;

/**
 * How many providers a page lists, when it is a category, search or listing page rather than one
 * provider's page (issue 17, class 4): an ItemList of organisations or products in its structured
 * data, or "Visit website" links to several different sites. Undefined for a page about one provider.
 *
 * @example
 * listingCountRaw(capterraCategoryDocument, things) //=> 25
 * listingCountRaw(trustpilotReviewDocument, things) //=> undefined
 */
export function listingCountRaw(root: ParentNode, things: Thing[]): number | undefined {
  let listed = 0;
  for (const thing of allThings(things)) {
    if (!thing.types.includes("ItemList")) continue;
    const items = children(thing, "itemListElement").map((element) =>
      element.types.includes("ListItem") ? (children(element, "item")[0] ?? element) : element,
    );
    listed = Math.max(listed, items.filter((item) => hasType(item, PROVIDER_TYPES)).length);
  }
  const sites = new Set<string>();
  const links = root.querySelectorAll("a[href]");
  for (let i = 0; i < links.length && i < 5000; i++) {
    const link = links[i]!;
    const label = (link.textContent ?? "").slice(0, 60);
    if (!VISIT.test(label) && !VISIT.test(link.getAttribute("aria-label") ?? "")) continue;
    // Directories wrap each card's link in their own redirect, so the address, not its domain, tells
    // one provider from the next; a vendor page's two "Visit website" buttons share one address.
    const href = (link.getAttribute("href") ?? "").slice(0, 500);
    sites.add(href);
  }
  const count = Math.max(listed, sites.size);
  return count >= LISTING_MIN ? count : undefined;
}
