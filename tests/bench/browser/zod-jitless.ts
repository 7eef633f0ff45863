/**
 * Imported first by the bench's browser entries. An MV3 extension page forbids eval (script-src 'self'),
 * so when the extension's modules load, zod's eval probe fails and every schema parses without its
 * compiled fast path. A bundle evaluated through the DevTools protocol passes that probe (the protocol's
 * own evaluation is allowed) and later fails the real CSP check inside a parse; zod reads the setting
 * when each schema is built, so it must be set before any schema module runs.
 */
import * as z from "zod";

z.config({ jitless: true });
