import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Rolldown } from "vite";
import type { VendorPack } from "../../../shared/schema/vendor-pack";
import { type LaunchedExtension, ROOT } from "./launch-extension";

/**
 * Imports the pack into the extension's own library the way the side panel does (VendorLibrary's
 * one-transaction commitImport over VendorScoutDb), bundled now and run in the extension's service
 * worker, so the records, schema and indexes are the extension's own. Used by bridge.test.ts and
 * taskpane-frame.test.ts.
 */
export async function seedLibrary(
  target: LaunchedExtension,
  pack: VendorPack,
): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "vendorscout-seed-"));
  try {
    const entry = join(dir, "seed.ts");
    writeFileSync(
      entry,
      `import { VendorLibrary } from ${JSON.stringify(resolve(ROOT, "extension/db/library.ts"))};
       import { VendorScoutDb } from ${JSON.stringify(resolve(ROOT, "extension/db/vendorscout-db.ts"))};
       (globalThis as Record<string, unknown>).__vendorScoutSeed = async (packText: string) => {
         const db = new VendorScoutDb();
         const library = new VendorLibrary(db);
         const preview = await library.commitImport(packText);
         const counts = { vendors: await db.vendors.count(), reviews: await library.countReviews(), evaluations: await db.evaluations.count() };
         db.close();
         if (!preview.ok) throw new Error(preview.errors.join(" "));
         return counts;
       };`,
    );
    const output = (await build({
      configFile: false,
      logLevel: "silent",
      build: {
        write: false,
        minify: false,
        lib: { entry, formats: ["iife"], name: "VendorScoutSeed", fileName: () => "seed.js" },
      },
    })) as Rolldown.RolldownOutput[];
    const code = output[0]?.output[0];
    if (code?.type !== "chunk") throw new Error("The seed bundle was not built.");
    await target.serviceWorker.evaluate(code.code);
    return await target.serviceWorker.evaluate(
      (text) =>
        (
          globalThis as unknown as { __vendorScoutSeed(t: string): Promise<Record<string, number>> }
        ).__vendorScoutSeed(text),
      JSON.stringify(pack),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
