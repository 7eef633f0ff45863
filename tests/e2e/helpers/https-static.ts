import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { generate } from "selfsigned";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** A self-signed certificate for localhost, made now and kept in memory only. */
export async function localhostCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: false },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function handler(root: string, extraRoutes: Record<string, string>) {
  const base = resolve(root);
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const extra = extraRoutes[path];
    if (extra !== undefined) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(extra);
      return;
    }
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  };
}

/**
 * Serves `root` (plus literal HTML pages at `extraRoutes` paths) on https://localhost:PORT with a fresh
 * self-signed certificate; the browser must be started with --ignore-certificate-errors.
 */
export async function serveHttps(
  root: string,
  port: number,
  extraRoutes: Record<string, string> = {},
): Promise<StaticServer> {
  const server = createHttpsServer(await localhostCertificate(), handler(root, extraRoutes));
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ready());
  });
  return {
    origin: `https://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Literal HTML pages over plain http://localhost:PORT (a second origin that is not the add-in). */
export async function serveHttpPages(port: number, pages: Record<string, string>): Promise<StaticServer> {
  const server = createHttpServer(handler(resolve("/nonexistent-root"), pages));
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ready());
  });
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
