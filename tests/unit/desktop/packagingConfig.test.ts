import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, matchesGlob, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../harness/core';

interface TargetEntry {
  target: string;
  arch: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: TargetEntry[] };
  nsis: Record<string, unknown>;
  mac: { icon: string; target: TargetEntry[] };
  linux: { icon: string; target: TargetEntry[] };
  [key: string]: unknown;
}

const readConfig = (): BuilderConfig => parse(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8'));
const config = readConfig();

/** electron-builder's own schema check, from the copy electron-builder itself uses. */
type Validate = (config: unknown, debug: { isEnabled: boolean; add(): void }) => Promise<void>;
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  validateConfiguration: Validate;
};
const validate = (candidate: unknown) =>
  validateConfiguration(candidate, { isEnabled: false, add: () => undefined });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the installer configuration', () => {
  it('passes electron-builder’s own schema (and the check rejects a misspelt option)', async () => {
    await expect(validate(readConfig())).resolves.toBeUndefined();
    const misspelt = readConfig();
    misspelt.electronFuses['runAsNod'] = false;
    await expect(validate(misspelt)).rejects.toThrow(/electronFuses/);
  });

  it('names the app and is the only configuration', () => {
    expect(config.appId).toBe('app.mend.desktop');
    expect(config.productName).toBe('Mend');
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['build']).toBeUndefined();
    expect(Object.keys(pkg['devDependencies'] as object)).toContain('electron-builder');
    expect(Object.keys(pkg['scripts'] as object)).toEqual(
      expect.arrayContaining(['dist', 'dist:win', 'dist:mac', 'dist:linux']),
    );
  });

  it('builds a per-user Windows installer, a dmg per Mac processor, an AppImage and a deb', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
    expect(typeof config.nsis['oneClick']).toBe('boolean');
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.linux.target.map((entry) => entry.target)).toEqual(['AppImage', 'deb']);
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS, inspect or file:// privileges; asar only, checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('never rebuilds the prebuilt Node-API modules', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('unpacks every native binary of the SQLite driver and of Argon2 from the archive', () => {
    const nativeFiles = [
      ...filesUnder(join(REPO_ROOT, 'node_modules', 'better-sqlite3-multiple-ciphers')),
      ...filesUnder(join(REPO_ROOT, 'node_modules', '@node-rs')),
    ]
      .filter((file) => file.endsWith('.node'))
      .map((file) => relative(REPO_ROOT, file).split(sep).join('/'));
    expect(nativeFiles.some((file) => file.includes('better-sqlite3-multiple-ciphers'))).toBe(true);
    expect(nativeFiles.some((file) => file.startsWith('node_modules/@node-rs/'))).toBe(true);
    for (const file of nativeFiles) {
      expect(
        config.asarUnpack.some((pattern) => matchesGlob(file, pattern)),
        file,
      ).toBe(true);
    }
  });

  it('ships the built app and the program content where main looks for them', () => {
    expect(config.files).toContain('out/**/*');
    // index.ts reads content from join(process.resourcesPath, 'resources') + '/content'.
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources/content', to: 'resources/content' }),
    );
  });

  it('uses the app icon from resources/, large enough for every platform', () => {
    for (const platform of [config.win, config.mac, config.linux])
      expect(platform.icon).toBe('resources/icon.png');
    expect(pngSize(join(REPO_ROOT, 'resources', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(join(REPO_ROOT, 'resources', 'icon-512.png'))).toEqual({ width: 512, height: 512 });
  });
});
