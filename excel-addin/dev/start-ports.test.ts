import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { afterAll, expect, test } from "vitest";
import { addinPortTakenMessage, portIsFree } from "./start-ports";

let server: Server | undefined;
afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

test.each(["127.0.0.1", "localhost"])(
  "a port something listens on (%s) is not free; after it closes, it is",
  async (host) => {
    server = createServer();
    await new Promise<void>((done) => server?.listen(0, host, done));
    const { port } = server.address() as AddressInfo;
    expect(await portIsFree(port)).toBe(false);
    await new Promise<void>((done) => server?.close(() => done()));
    server = undefined;
    expect(await portIsFree(port)).toBe(true);
  },
);

test("the taken-port sentence names the port, the origin and what to run again", () => {
  expect(addinPortTakenMessage(3000, "npm run demo")).toBe(
    "Port 3000 is in use. The extension only talks to https://localhost:3000: stop whatever uses it (another `npm start`, `npm run start:addin`, `npm run demo` or the e2e tests), then run `npm run demo` again.",
  );
});
