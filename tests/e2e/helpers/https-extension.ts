import { type LaunchedExtension, launchExtension } from "./launch-extension";

/**
 * launchExtension with test certificates accepted, so the task pane can be served on
 * https://localhost:3000 with a certificate made for the test run: externally_connectable only matches
 * that https origin, so plain http would not exercise the real bridge.
 */
export function launchExtensionWithHttps(extensionDir: string): Promise<LaunchedExtension> {
  return launchExtension(extensionDir, { acceptTestCertificates: true });
}
