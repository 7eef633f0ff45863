/**
 * The development manifest: the production manifest for an origin (usually https://localhost:3000) with
 * an add-in id, a display name and a custom functions namespace of its own, so a development copy and
 * an installed copy never collide in one Excel (same id: one replaces the other; same function names:
 * Excel cannot tell whose =VENDORSCORE( a cell means). Issue 18.
 *
 * Id and display name are changed by office-addin-manifest's modifyManifestFile, the code behind
 * `office-addin-manifest modify --guid --displayName`; that tool has no namespace option, so the
 * namespace (an element and its string, the only two lines it takes) is added here first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { isLoopbackHost } from "../../shared/bridge/addin-origin";
import { renderManifest } from "./manifest";

/** The development copy's add-in id: never the production ADDIN_ID. */
export const DEV_ADDIN_ID = "5b0c3a6e-9d4f-4c1b-8e27-6f3a91d2c7b4";
export const DEV_DISPLAY_NAME = "VendorScout (development)";
/** Functions in the development copy are =VSDEV.VENDORSCORE( and so on. */
export const DEV_NAMESPACE = "VSDEV";

/**
 * The functions namespace the task pane writes formulas with, decided when it is built: a build for
 * this machine (https://localhost:3000, what `npm start` serves) runs under the development manifest,
 * so its formulas call VSDEV.VENDORSCORE; a build for a hosted origin (`npm run release`, which refuses
 * a loopback origin) runs under the production manifest, which has no namespace (literal VENDORSCORE).
 *
 * @example
 * paneFunctionsNamespace("https://localhost:3000")    //=> "VSDEV"
 * paneFunctionsNamespace("https://addin.example.com") //=> ""
 */
export function paneFunctionsNamespace(origin: string): string {
  return URL.canParse(origin) && isLoopbackHost(new URL(origin).hostname) ? DEV_NAMESPACE : "";
}

/** Puts a `<Namespace>` element and its short string into a manifest that has none. */
export function addFunctionsNamespace(xml: string, namespace: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(namespace)) {
    throw new RangeError(
      `The namespace "${namespace}" should be letters and digits, starting with a letter.`,
    );
  }
  if (xml.includes("<Namespace ")) throw new Error("The manifest already has a <Namespace> element.");
  const withElement = xml.replace(
    /(<Metadata>\s*<SourceLocation [^>]*\/>\s*<\/Metadata>)/,
    `$1\n            <Namespace resid="Functions.Namespace"/>`,
  );
  const withString = withElement.replace(
    /(<bt:ShortStrings>)/,
    `$1\n        <bt:String id="Functions.Namespace" DefaultValue="${namespace}"/>`,
  );
  if (withElement === xml || withString === withElement) {
    throw new Error(
      "The manifest has no custom functions <Metadata> or no <bt:ShortStrings> to add a namespace to.",
    );
  }
  return withString;
}

/**
 * The development manifest XML for an origin.
 *
 * @example
 * await renderDevManifest("https://localhost:3000", "0.1.0")
 * //=> '<?xml ...?><OfficeApp ...><Id>5b0c3a6e-…</Id>…<Namespace resid="Functions.Namespace"/>…'
 */
export async function renderDevManifest(origin: string, version: string): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), "vendorscout-manifest-"));
  const file = join(folder, "manifest.dev.xml");
  try {
    writeFileSync(file, addFunctionsNamespace(renderManifest(origin, version), DEV_NAMESPACE));
    await OfficeAddinManifest.modifyManifestFile(file, DEV_ADDIN_ID, DEV_DISPLAY_NAME);
    return readFileSync(file, "utf8");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
