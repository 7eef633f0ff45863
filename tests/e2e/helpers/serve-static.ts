import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export const FIXTURE_PAGES = resolve(import.meta.dirname, "../../fixtures/pages");

export interface PageServer {
  /** e.g. http://localhost:43121 */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a folder (by default tests/fixtures/pages) over plain http on 127.0.0.1, on the given port or
 * a free one. Paths outside the folder are refused.
 */
export async function serveStatic(root = FIXTURE_PAGES, port = 0): Promise<PageServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      const file = resolve(base, `.${path}`);
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error("not a file");
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
        response.end(await readFile(file));
      } catch {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      }
    })();
  });
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
