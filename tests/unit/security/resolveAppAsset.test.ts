import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../src/main/security/appOrigin';
import { mimeTypeFor, resolveAppAsset } from '../../../src/main/security/resolveAppAsset';

const root = join('/opt', 'mend', 'renderer');
const resolveUrl = (url: string) => resolveAppAsset(root, url, APP_ORIGIN);

describe('resolveAppAsset', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveUrl('app://mend/index.html')).toBe(join(root, 'index.html'));
    expect(resolveUrl('app://mend/')).toBe(join(root, 'index.html'));
    expect(resolveUrl('app://mend/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveUrl('app://mend/assets/index.js?v=1#x')).toBe(join(root, 'assets', 'index.js'));
  });

  it.each([
    'app://mend/../../etc/passwd',
    'app://mend/assets/../../secret',
    'app://mend/%2e%2e/%2e%2e/etc/passwd',
    'app://mend/%2E%2E%2Fetc%2Fpasswd',
    'app://mend/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://mend/..%2f..%2fetc/passwd',
    'app://mend/..%5c..%5cwindows%5cwin.ini',
    'app://mend/%252e%252e/%252e%252e/etc/passwd',
    'app://mend/assets/%00.js',
    'app://mend//etc/passwd/..',
    'app://mend/C:/Windows/win.ini',
    'app://mend/assets/./../index.html',
    'app://mend/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://mend/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveUrl(url)).toBeNull();
  });

  it('knows the types it serves', () => {
    expect(mimeTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});
