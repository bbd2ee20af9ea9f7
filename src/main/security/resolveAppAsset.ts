import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * Maps a request URL on the app origin to a file inside the built renderer folder, or null
 * when the request must be refused: another origin, a traversal (`..`, encoded or not), an
 * absolute path, a backslash or NUL trick. Pure, so every rejected form is unit-tested.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string, appOrigin: string): string | null {
  // Work on the raw text: URL parsers fold `%2e%2e` into `..` and then drop it, which would
  // hide an attack instead of refusing it.
  if (!requestUrl.startsWith(`${appOrigin}/`) && requestUrl !== appOrigin) return null;
  const rawPath = requestUrl.slice(appOrigin.length).split(/[?#]/, 1)[0] ?? '';
  // Encoded dots, separators, NUL and percent signs are refused before any decoding.
  if (/%2e|%2f|%5c|%00|%25/i.test(rawPath) || rawPath.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  if (segments.some((segment) => /^[a-zA-Z]:$/.test(segment))) return null;

  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = normalize(rootDir);
  const candidate = normalize(join(root, relativePath));
  const inside = relative(root, candidate);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) {
    return null;
  }
  return candidate;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function mimeTypeFor(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const extension = dot >= 0 ? filePath.slice(dot).toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}
