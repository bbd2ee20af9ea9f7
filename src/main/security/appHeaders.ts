import { mimeTypeFor } from './resolveAppAsset';

/**
 * The Content Security Policy of the app's window: nothing is allowed unless listed, and the
 * list is exactly what the built renderer loads: its own scripts and its own style sheet,
 * both from app://mend. No images, fonts, connections, frames, workers, media or plug-ins
 * are used, so none may load; base-uri and form-action do not fall back to default-src and
 * are closed explicitly. The same text is in src/renderer/index.html's meta tag (a test
 * keeps them equal) and in every app:// response header, so the policy holds even before
 * the document's head is parsed, and for any file served by the protocol handler.
 */
export const APP_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * The headers of every file the app:// handler serves (and the test harness's stand-in for
 * it). Pure, so the policy the app sends is unit-tested.
 */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'content-type': mimeTypeFor(filePath),
    'content-security-policy': APP_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  };
}
