/**
 * `npm stop`: removes the desktop Excel sideload that `npm start` made (see sideload.ts). The servers
 * `npm start` runs stop with Ctrl+C; this undoes the one thing that outlives them.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { nodeSideloadHost, unregisterFromDesktopExcel } from "./sideload";

const manifestPath = resolve(import.meta.dirname, "../../manifest.xml");
try {
  console.log(unregisterFromDesktopExcel(nodeSideloadHost(), readFileSync(manifestPath, "utf8")));
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
