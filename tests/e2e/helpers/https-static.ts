import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { resolve } from "node:path";
import { generate } from "selfsigned";
import { createStaticHandler } from "../../../excel-addin/dev/static-files";
import { listenOnLoopback } from "./listen";

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

/**
 * Serves `root` (plus literal HTML pages at `extraRoutes` paths) on https://localhost:PORT with a fresh
 * self-signed certificate; the browser must be started with --ignore-certificate-errors.
 */
export async function serveHttps(
  root: string,
  port: number,
  extraRoutes: Record<string, string> = {},
): Promise<StaticServer> {
  const server = createHttpsServer(await localhostCertificate(), createStaticHandler(root, extraRoutes));
  const listening = await listenOnLoopback(server, port);
  return { origin: `https://localhost:${listening.port}`, close: listening.close };
}

/** Literal HTML pages over plain http://localhost:PORT (a second origin that is not the add-in). */
export async function serveHttpPages(port: number, pages: Record<string, string>): Promise<StaticServer> {
  const server = createHttpServer(createStaticHandler(resolve("/nonexistent-root"), pages));
  const listening = await listenOnLoopback(server, port);
  return { origin: `http://localhost:${listening.port}`, close: listening.close };
}
