/**
 * A request handler that serves one folder read-only: dist/addin for the https dev server, and the
 * same for the browser tests' servers (tests/e2e/helpers), which add literal pages of their own.
 * Transport-agnostic (node:http and node:https share the handler type), so it is tested over plain http.
 */
import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/**
 * Serves the files under `root`. GET and HEAD only; `/` is taskpane.html; paths that climb out of
 * `root` are refused. Every response allows any origin, because Excel on the web fetches functions.json
 * and functions.js from its own origin (the Yeoman templates' dev server does the same).
 *
 * @param pages literal HTML answered at exact paths before any file (tests' probe pages)
 */
export function createStaticHandler(
  root: string,
  pages: Readonly<Record<string, string>> = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  const base = resolve(root);
  return (request, response) => {
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "no-store");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const page = Object.hasOwn(pages, pathname) ? pages[pathname] : undefined;
    if (page !== undefined) {
      response.writeHead(200, { "Content-Type": CONTENT_TYPES[".html"] });
      response.end(request.method === "HEAD" ? undefined : page);
      return;
    }
    const file = resolve(base, `.${pathname === "/" ? "/taskpane.html" : pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    let size: number;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) throw new Error("not a file");
      size = stats.size;
    } catch {
      response
        .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
        .end(`Not found: ${pathname}\n`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": size,
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  };
}
