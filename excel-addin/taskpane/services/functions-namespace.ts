// Replaced at build time by excel-addin/build/build.ts (Vite `define`, paneFunctionsNamespace).
declare const __VENDORSCOUT_FUNCTIONS_NAMESPACE__: string | undefined;

/**
 * The custom functions namespace of the manifest this build of the pane runs under: "VSDEV" for the
 * development copy (manifest.dev.xml), undefined for production (manifest.xml has no <Namespace>), so
 * the formulas the pane writes name functions the way Excel knows them there.
 */
export function builtFunctionsNamespace(): string | undefined {
  return typeof __VENDORSCOUT_FUNCTIONS_NAMESPACE__ === "string" && __VENDORSCOUT_FUNCTIONS_NAMESPACE__ !== ""
    ? __VENDORSCOUT_FUNCTIONS_NAMESPACE__
    : undefined;
}
