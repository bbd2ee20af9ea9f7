import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../security/appOrigin';
import { appResponseHeaders } from '../security/appHeaders';
import { resolveAppAsset } from '../security/resolveAppAsset';
import { EXPORT_SCHEME } from './pdfPrinter';

/**
 * Must run before `app.whenReady()`, once: makes `app://` a secure, standard origin, and the
 * export's print scheme (served only on the print window's private session) a standard one.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: EXPORT_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves the built renderer from `rendererDir` on `app://mend/…`, never from `file://`, with the CSP header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppAsset(rendererDir, request.url, APP_ORIGIN);
    if (filePath === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, { headers: appResponseHeaders(filePath) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
