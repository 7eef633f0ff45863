/**
 * The add-in manifest an owner uploads to Excel for a hosted copy: the one https origin the release was
 * built for (never this machine), and no <Namespace> element, so the functions keep their literal names
 * (=VENDORSCORE(...)). An empty Namespace string fails Microsoft's manifest schema, and a namespace would
 * rename every formula in workbooks already shared (BRIEF.md, "Literal function names").
 */
import { productionAddinOrigin } from "../../shared/bridge/addin-origin";
import { renderManifest } from "./manifest";

/**
 * @example
 * productionManifest("https://addin.example.com", "0.1.0") //=> "<?xml ...>" with every URL on that origin
 * productionManifest("https://localhost:3000", "0.1.0")    // throws RangeError: "... is this computer ..."
 */
export function productionManifest(origin: string, version: string): string {
  return withoutNamespace(renderManifest(productionAddinOrigin(origin), version));
}

/**
 * Removes every <Namespace .../> element, the comment line just above one, and the string resources
 * only a removed element referred to.
 */
export function withoutNamespace(xml: string): string {
  const removedIds: string[] = [];
  let out = xml.replace(
    /(?:^[ \t]*<!--[^\n]*-->[ \t]*\r?\n)?^[ \t]*<Namespace\b([^>]*?)(?:\/>|>[^<]*<\/Namespace>)[ \t]*\r?\n?/gm,
    (_match, attributes: string) => {
      const resid = /\bresid="([^"]+)"/.exec(attributes)?.[1];
      if (resid) removedIds.push(resid);
      return "";
    },
  );
  for (const id of removedIds) {
    if (out.includes(`resid="${id}"`)) continue;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`^[ \\t]*<bt:String id="${escaped}"[^>]*/>[ \\t]*\\r?\\n?`, "m"), "");
  }
  return out;
}
