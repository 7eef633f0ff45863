import type { Server } from "node:net";

/**
 * Starts `server` on 127.0.0.1 (loopback only: nothing the tests serve is reachable from outside) on
 * `port`, or on a free one for 0, and says which port it got. A port already taken fails the start
 * with the server's own error rather than leaving the test waiting. close() also ends kept-alive
 * connections, which Chromium holds open and which would otherwise keep server.close() waiting.
 */
export async function listenOnLoopback(
  server: Server & { closeAllConnections?(): void },
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ready());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The server has no TCP port.");
  return {
    port: address.port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
