import { createServer } from "node:http";
import { resolve } from "node:path";
import { createStaticHandler } from "../../../excel-addin/dev/static-files";
import { listenOnLoopback } from "./listen";

export const FIXTURE_PAGES = resolve(import.meta.dirname, "../../fixtures/pages");

export interface PageServer {
  /** e.g. http://localhost:43121 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a folder (by default tests/fixtures/pages) over plain http on 127.0.0.1, on the given port or
 * a free one, with the add-in dev server's handler. Paths outside the folder are refused.
 */
export async function serveStatic(root = FIXTURE_PAGES, port = 0): Promise<PageServer> {
  const listening = await listenOnLoopback(createServer(createStaticHandler(root)), port);
  return { origin: `http://localhost:${listening.port}`, ...listening };
}
