import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_CSP } from '../../../src/main/security/appHeaders';
import { devServerCsp } from '../../../src/main/security/devServerCsp';
import { REPO_ROOT } from '../../harness/core';

describe('the dev-only CSP', () => {
  const dev = devServerCsp({ host: 'localhost', port: 5173 });

  it('adds exactly what the Vite dev server needs to the app policy', () => {
    expect(dev).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "base-uri 'none'; form-action 'none'; connect-src ws://localhost:5173",
    );
  });

  it('keeps every other directive of the app policy', () => {
    for (const directive of APP_CSP.split(';').map((d) => d.trim())) {
      if (directive.startsWith('style-src')) continue;
      expect(dev).toContain(directive);
    }
  });

  it('is never shipped: the built index.html carries the app policy only', () => {
    const built = readFileSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    expect(built).toContain(APP_CSP);
    expect(built).not.toContain('unsafe-inline');
    expect(built).not.toContain('ws://');
  });
});
