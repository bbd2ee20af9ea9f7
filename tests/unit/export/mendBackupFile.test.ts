import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMendBackup, verifyMendBackup, writeMendBackup } from '../../../src/main/export/mendBackupFile';
import { vaultPaths } from '../../../src/main/vault/vaultPaths';
import { MendError } from '../../../src/shared/errors';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('mend-backup-');
});
afterEach(async () => {
  await temp.remove();
});

const META = { appVersion: '0.1.0', createdAt: '2026-03-31T20:00:00.000Z' };

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof MendError) return error.code;
    throw error;
  }
  return 'accepted';
}

/** A made-up key file and a 3 MiB database of random bytes (the container does not look inside). */
async function fakeVault(): Promise<{ keyFile: Uint8Array; databasePath: string; database: Buffer }> {
  const database = randomBytes(3 * 1024 * 1024 + 17);
  const databasePath = join(temp.path, 'copy.db');
  await writeFile(databasePath, database);
  return { keyFile: Buffer.from('{"format":"mend-key"}\n'), databasePath, database };
}

async function flipByte(path: string, position: number): Promise<void> {
  const bytes = await readFile(path);
  bytes[position] = (bytes[position] ?? 0) ^ 0x01;
  await writeFile(path, bytes);
}

describe('the .mend backup file', () => {
  it('carries the key file and the database copy byte for byte', async () => {
    const vault = await fakeVault();
    const file = join(temp.path, 'journal.mend');
    const written = await writeMendBackup(file, { ...vault, ...META });
    expect((await stat(file)).size).toBe(written.size);

    const restored = join(temp.path, 'restored.db');
    const read = await readMendBackup(file, { databaseTarget: restored });
    expect(Buffer.from(read.keyFile).toString()).toBe('{"format":"mend-key"}\n');
    expect((await readFile(restored)).equals(vault.database)).toBe(true);
    expect(read.header).toMatchObject({ format: 'mend-backup', version: 1, cipher: 'chacha20', ...META });
    expect((await readdir(temp.path)).sort()).toEqual(['copy.db', 'journal.mend', 'restored.db']);
  });

  it('refuses a truncated, padded or altered file, and restores nothing from it', async () => {
    const vault = await fakeVault();
    const file = join(temp.path, 'journal.mend');
    const { size } = await writeMendBackup(file, { ...vault, ...META });
    const keyFileStart = 12 + (await readFile(file)).readUInt32BE(8);
    const variant = join(temp.path, 'variant.mend');
    const restored = join(temp.path, 'restored.db');

    const cases: [string, (path: string) => Promise<void>][] = [
      ['truncated', (path) => truncate(path, size - 1000)],
      ['cut to the header', (path) => truncate(path, 40)],
      ['padded', (path) => writeFile(path, Buffer.concat([Buffer.from('x')]), { flag: 'a' })],
      ['database byte flipped', (path) => flipByte(path, size - 5000)],
      ['key file byte flipped', (path) => flipByte(path, keyFileStart + 3)],
      ['header byte flipped', (path) => flipByte(path, 20)],
      ['checksum flipped', (path) => flipByte(path, size - 1)],
      ['magic changed', (path) => flipByte(path, 0)],
    ];
    for (const [name, damage] of cases) {
      await copyFile(file, variant);
      await damage(variant);
      expect(await codeOf(readMendBackup(variant, { databaseTarget: restored })), name).toBe('DAMAGED');
      expect((await readdir(temp.path)).sort(), name).toEqual(['copy.db', 'journal.mend', 'variant.mend']);
    }
  });

  it('refuses a newer format with NEWER_VERSION and never replaces an existing database', async () => {
    const vault = await fakeVault();
    const file = join(temp.path, 'journal.mend');
    await writeMendBackup(file, { ...vault, ...META });
    const bytes = await readFile(file);
    const newer = Buffer.from(bytes.toString('latin1').replace('"version":1', '"version":2'), 'latin1');
    await writeFile(join(temp.path, 'newer.mend'), newer);
    expect(await codeOf(verifyMendBackup(join(temp.path, 'newer.mend')))).toBe('NEWER_VERSION');
    expect(await codeOf(readMendBackup(file, { databaseTarget: vault.databasePath }))).toBe('CONFLICT');
    expect((await readFile(vault.databasePath)).equals(vault.database)).toBe(true);
  });

  it('moves a real vault to a new data folder, where the passphrase and the recovery key open it', async () => {
    const source = join(temp.path, 'source');
    await mkdir(source);
    const mend = await createTestMend(source);
    const recoveryKey = await setUpVault(mend);
    await mend.dispatch('vault.lock', { reason: 'manual' }, trustedSender);
    const paths = mend.vault.paths;
    const file = join(temp.path, 'backup.mend');
    await writeMendBackup(file, {
      keyFile: await readFile(paths.keyFile),
      databasePath: paths.database,
      ...META,
    });
    await mend.dispose();

    for (const [method, secret] of [
      ['passphrase', TEST_PASSPHRASE],
      ['recovery', recoveryKey],
    ] as const) {
      const target = join(temp.path, `restored-${method}`);
      await mkdir(target);
      const restoredPaths = vaultPaths(target);
      const { keyFile } = await readMendBackup(file, { databaseTarget: restoredPaths.database });
      await writeFile(restoredPaths.keyFile, keyFile);
      const restored = await createTestMend(target);
      const unlocked = await restored.dispatch('vault.unlock', { method, secret }, trustedSender);
      expect(unlocked, method).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      await restored.dispose();
    }
  });
});
