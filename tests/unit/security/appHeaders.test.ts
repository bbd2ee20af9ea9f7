import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP, appResponseHeaders } from '../../../src/main/security/appHeaders';
import { REPO_ROOT } from '../../harness/core';

/** L7 (issue 16): the CSP is default-src 'none' plus what the app needs, in the page and in the header. */

/** The policy as directive → sources. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  );
}

describe('the app’s Content Security Policy', () => {
  it('denies everything by default and allows only the app’s own scripts and styles', () => {
    expect(directives(APP_CSP)).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
  });

  it('is the same in the page’s meta tag', async () => {
    const html = await readFile(join(REPO_ROOT, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(APP_CSP);
  });

  it('is sent as a header with every file the app:// handler serves', () => {
    for (const file of ['/r/index.html', '/r/assets/index-1.js', '/r/assets/index-1.css', '/r/x.woff2']) {
      const headers = appResponseHeaders(file);
      expect(headers['content-security-policy']).toBe(APP_CSP);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
    expect(appResponseHeaders('/r/index.html')['content-type']).toBe('text/html; charset=utf-8');
    expect(appResponseHeaders('/r/assets/a.js')['content-type']).toBe('text/javascript; charset=utf-8');
  });
});
