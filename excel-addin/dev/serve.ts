/**
 * `npm run start:addin [-- --port 3000] [--self-signed]`: serves dist/addin over https on localhost, the
 * origin the development manifest (dist/addin/manifest.dev.xml) names, and prints how to sideload it.
 *
 * Certificates: office-addin-dev-certs' getHttpsServerOptions() makes a localhost certificate and installs
 * its CA into the system's trust store (on Linux through sudo). Where that cannot be done (no sudo, a
 * container, CI) or with --self-signed, a CA and localhost certificate are generated for this run into a
 * temporary folder, and the steps to trust that CA are printed.
 *
 * `npm run start:addin` serves only and prints the steps for every Excel; `npm start` also sideloads
 * into desktop Excel where it is installed (sideload.ts).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCertificates, getHttpsServerOptions } from "office-addin-dev-certs";
import { createStaticHandler } from "./static-files";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, "dist/addin");

interface Certificates {
  cert: Buffer;
  key: Buffer;
  /** Set when the CA is not trusted yet: the file to trust. */
  untrustedCa?: string;
}

async function certificates(selfSigned: boolean): Promise<Certificates> {
  if (!selfSigned) {
    try {
      const { cert, key } = await getHttpsServerOptions();
      return { cert, key };
    } catch (error) {
      console.warn(
        `The Office development certificate could not be installed (${error instanceof Error ? error.message.split("\n")[0] : error}); using a certificate made for this run instead.`,
      );
    }
  }
  const folder = mkdtempSync(join(tmpdir(), "vendorscout-dev-certs-"));
  const ca = join(folder, "ca.crt");
  const certPath = join(folder, "localhost.crt");
  const keyPath = join(folder, "localhost.key");
  await generateCertificates(ca, certPath, keyPath, 30, ["localhost", "127.0.0.1"]);
  return { cert: readFileSync(certPath), key: readFileSync(keyPath), untrustedCa: ca };
}

function trustSteps(ca: string): string {
  return `
The certificate authority for this run is NOT trusted yet, so Office will refuse to load the add-in
until you trust it (or open https://localhost in the browser once and accept the warning, for Excel
on the web only). Trust ${ca}:
  Windows:  certutil -user -addstore Root "${ca}"
  macOS:    security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db "${ca}"
  Linux:    sudo cp "${ca}" /usr/local/share/ca-certificates/vendorscout-dev.crt && sudo update-ca-certificates
  Chrome/Edge only: Settings > Privacy and security > Security > Manage certificates > Authorities > Import
Or install the Office development CA once for good: npx office-addin-dev-certs install
`;
}

function sideloadSteps(origin: string): string {
  // The development copy's manifest: the localhost build writes =VSDEV.VENDORSCORE(, its namespace.
  const manifest = resolve(dist, "manifest.dev.xml");
  return `
VendorScout add-in served from ${dist} at ${origin}
Manifest: ${manifest}

Excel on the web:
  1. Open a workbook at https://excel.cloud.microsoft (or office.com > Excel).
  2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > Upload My Add-in.
  3. Browse to the manifest above > Upload. "Vendor scorecard" appears on the Home tab;
     type =VSDEV.VENDORSCORE( in a cell to use the functions (the development copy's namespace).

Excel on Windows (desktop):
  1. Put the manifest above in a folder, share it (folder > Properties > Sharing), note its \\\\machine\\share path.
  2. Excel > File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:
     add the share path, tick "Show in Menu", OK, restart Excel.
  3. Home > Add-ins > More Add-ins > SHARED FOLDER > VendorScout > Add.

Excel on Mac (desktop):
  1. Copy the manifest above to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create wef if needed).
  2. Restart Excel, open a workbook, Home > Add-ins > VendorScout.

(\`npm start\` does the desktop steps itself where Excel is installed; \`npm stop\` undoes them.)

Press Ctrl+C to stop.
`;
}

const { values } = parseArgs({
  options: { port: { type: "string", default: "3000" }, "self-signed": { type: "boolean", default: false } },
});
const port = Number(values.port);
if (!existsSync(resolve(dist, "taskpane.html"))) {
  console.error(`${dist} has no taskpane.html: run \`npm run build:addin\` first.`);
  process.exit(1);
}
const { cert, key, untrustedCa } = await certificates(values["self-signed"]);
const server = createServer({ cert, key }, createStaticHandler(dist));
server.listen(port, "localhost", () => {
  const origin = `https://localhost:${port}`;
  if (port !== 3000)
    console.warn(
      `Note: manifest.dev.xml names https://localhost:3000; build with \`npm run build:addin -- --origin ${origin}\` for this port.`,
    );
  console.log(sideloadSteps(origin));
  if (untrustedCa) console.log(trustSteps(untrustedCa));
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
