import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { createStaticHandler } from "../../../excel-addin/dev/static-files";

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
  const server = createServer(createStaticHandler(root));
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    origin: `http://localhost:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
