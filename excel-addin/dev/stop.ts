/**
 * `npm stop`: removes the desktop Excel sideload that `npm start` made (see sideload.ts). The servers
 * `npm start` runs stop with Ctrl+C; this undoes the one thing that outlives them.
 */
import { readFileSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { nodeSideloadHost, unregisterFromDesktopExcel } from "./sideload";

try {
  // The development manifest's real path, as `npm start` registered it (and as dev-settings does).
  const manifestPath = realpathSync(resolve(import.meta.dirname, "../../dist/addin/manifest.dev.xml"));
  console.log(
    unregisterFromDesktopExcel(nodeSideloadHost(), manifestPath, readFileSync(manifestPath, "utf8")),
  );
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
