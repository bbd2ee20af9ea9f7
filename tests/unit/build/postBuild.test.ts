import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { EXPOSED_NAME } from '../../../src/shared/ipc/api';
import { REPO_ROOT } from '../../harness/core';

/**
 * Checks on what `npm run build` produced (npm test builds before the unit tests): the two
 * bundles Electron loads, which no other test runs as built. Run `npm run build` first when
 * running this file alone.
 */
const OUT = join(REPO_ROOT, 'out');
const PRELOAD = join(OUT, 'preload', 'index.cjs');
const MAIN = join(OUT, 'main', 'index.js');

function read(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return readFileSync(path, 'utf8');
}

/** Every module name a bundle names in an import, an import() or a require() with a literal. */
function specifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    /(?:^|[;\n}])\s*export\s*(?:[\w$*{}\s,]+?\s*from\s*)["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1] ?? '');
  return [...found].sort();
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('the built preload (out/preload/index.cjs)', () => {
  const source = read(PRELOAD);

  it('parses as CommonJS: a sandboxed preload cannot run an ES module', () => {
    expect(
      () => new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`),
    ).not.toThrow();
    expect(source).not.toMatch(/(?:^|[;\n])\s*(?:import|export)\s[^(]/);
  });

  it('requires nothing but electron, and exposes one function per channel', () => {
    expect(specifiers(source)).toEqual(['electron']);
    // Run it as Electron would, with what Electron owns stood in for: record every require.
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: {
        invoke: async () => ({ ok: true, value: null }),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const module = { exports: {} };
    runInNewContext(`(function (exports, require, module) {${source}\n})`, {})(
      module.exports,
      (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`the preload required ${name}`);
        return electron;
      },
      module,
    );
    expect(required).toEqual(['electron']);
    const api = exposed[EXPOSED_NAME] as Record<string, unknown>;
    for (const channel of CHANNELS) expect(typeof api[channel], channel).toBe('function');
    expect(typeof api['subscribe']).toBe('function');
  });
});

describe('the built main process (out/main/index.js)', () => {
  it('imports only Node built-ins, electron, and packages listed in dependencies (never a devDependency)', () => {
    const pkg = JSON.parse(read(join(REPO_ROOT, 'package.json'))) as { dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(pkg.dependencies), 'electron']);
    const builtins = new Set(builtinModules);
    const external = specifiers(read(MAIN)).filter(
      (name) => !name.startsWith('.') && !name.startsWith('node:') && !builtins.has(name),
    );
    expect(external.length).toBeGreaterThan(0); // the scan sees the bundle's imports at all
    expect(external.map(packageOf).filter((name) => !allowed.has(name))).toEqual([]);
  });
});
