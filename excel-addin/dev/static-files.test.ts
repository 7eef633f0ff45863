import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createStaticHandler } from "./static-files";

describe("createStaticHandler", () => {
  const parent = mkdtempSync(join(tmpdir(), "vendorscout-static-"));
  const root = join(parent, "addin");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "taskpane.html"), "<!doctype html><title>pane</title>");
  writeFileSync(join(root, "functions.json"), '{"functions":[]}');
  writeFileSync(join(root, "assets", "addin-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(parent, "secret.txt"), "outside the served folder");

  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer(createStaticHandler(root));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test.each([
    ["/", 200, "text/html; charset=utf-8"],
    ["/taskpane.html", 200, "text/html; charset=utf-8"],
    ["/functions.json", 200, "application/json; charset=utf-8"],
    ["/assets/addin-16.png", 200, "image/png"],
    ["/missing.js", 404, "text/plain; charset=utf-8"],
  ])("GET %s -> %i %s", async (path, status, type) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  test("serves the file's bytes", async () => {
    expect(await (await fetch(`${base}/functions.json`)).text()).toBe('{"functions":[]}');
  });

  test.each(["/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt"])(
    "never serves a file outside the folder (%s)",
    async (path) => {
      const response = await fetch(base + path);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain("outside the served folder");
    },
  );

  test("refuses writes", async () => {
    expect((await fetch(`${base}/taskpane.html`, { method: "POST", body: "x" })).status).toBe(405);
  });
});

describe("createStaticHandler with literal pages", () => {
  const root = mkdtempSync(join(tmpdir(), "vendorscout-static-pages-"));
  writeFileSync(join(root, "taskpane.html"), "<!doctype html><title>pane</title>");
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer(createStaticHandler(root, { "/probe.html": "<!doctype html><p>probe</p>" }));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test("answers a page at its exact path as HTML, and files beside it as before", async () => {
    const probe = await fetch(`${base}/probe.html`);
    expect(probe.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await probe.text()).toBe("<!doctype html><p>probe</p>");
    expect(await (await fetch(`${base}/taskpane.html`)).text()).toContain("pane");
    expect((await fetch(`${base}/probe.html/`)).status).toBe(404);
    // A name that is a property of every object is not a page.
    expect((await fetch(`${base}/constructor`)).status).toBe(404);
  });
});
