/**
 * Whether a port `npm start` and the demo need is free, checked on both loopback addresses, and the sentence
 * for an add-in port that is taken, since the extension's bridge answers that one origin only.
 */
import { createServer } from "node:net";

function freeOn(port: number, host: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      // No IPv6 on this machine: nothing can be listening there either.
      done(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT"),
    );
    probe.listen(port, host, () => probe.close(() => done(true)));
  });
}

/**
 * Whether nothing listens on `port` on either loopback address, as "localhost" may mean either
 * (the dev server listens on "localhost", the e2e helpers on 127.0.0.1).
 */
export async function portIsFree(port: number): Promise<boolean> {
  return (await freeOn(port, "127.0.0.1")) && (await freeOn(port, "::1"));
}

/** The sentence for a taken add-in port: the extension's bridge answers that one origin only. */
export function addinPortTakenMessage(port: number, command: string): string {
  return `Port ${port} is in use. The extension only talks to https://localhost:${port}: stop whatever uses it (another \`npm start\`, \`npm run start:addin\`, \`npm run demo\` or the e2e tests), then run \`${command}\` again.`;
}
