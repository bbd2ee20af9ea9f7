import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { keyFileChecksum } from '../../../src/main/vault/keyFile';
import { createTestMend, TEST_ARGON2, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';

type Json = Record<string, unknown>;

/**
 * L2: Argon2 parameters read from a key file are bounded (a copied key file rewritten to
 * 8 KiB would be cheap to attack; a huge cost would stall unlock, and lock behind it), and a
 * wrap cheaper than today's defaults is made again at the next passphrase unlock.
 */
describe('Argon2 parameters in the key file', () => {
  let dir: TempDir;
  let mend: Mend;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const readJson = async () => JSON.parse(await readFile(mend.vault.paths.keyFile, 'utf8')) as Json;

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault());
    await call('vault.lock', { reason: 'manual' });
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  const outOfBounds: [string, Partial<typeof TEST_ARGON2>][] = [
    ['8 KiB of memory', { memoryKiB: 8 }],
    ['just under 64 MiB', { memoryKiB: 65_535 }],
    ['8 GiB of memory', { memoryKiB: 8 * 1_048_576 }],
    ['10,000 passes', { iterations: 10_000 }],
    ['no passes', { iterations: 0 }],
    ['256 lanes', { parallelism: 256 }],
  ];
  for (const [label, change] of outOfBounds) {
    it(`a key file asking for ${label} is reported as damaged, even with a matching checksum`, async () => {
      const json = await readJson();
      const passphrase = json['passphrase'] as { params: Json };
      passphrase.params = { ...passphrase.params, ...change };
      json['checksum'] = keyFileChecksum(json);
      await writeFile(mend.vault.paths.keyFile, JSON.stringify(json));
      await mend.dispose();
      mend = await createTestMend(dir.path);
      expect(await call('vault.status')).toMatchObject({ value: { state: 'damaged', damage: { file: 'key' } } });
      expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
        error: { code: 'DAMAGED' },
      });
    });
  }

  it('a wrap cheaper than today’s defaults is made again at unlock, and still opens', async () => {
    const stronger = { ...TEST_ARGON2, iterations: TEST_ARGON2.iterations + 1 };
    await mend.dispose();
    mend = await createTestMend(dir.path, { argon2: stronger });
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await readJson()).toMatchObject({ passphrase: { params: stronger } });
    await call('vault.lock', { reason: 'manual' });
    expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({ ok: true });
  });

  it('a wrong passphrase leaves the wrap alone', async () => {
    const before = (await readJson())['passphrase'];
    await mend.dispose();
    mend = await createTestMend(dir.path, { argon2: { ...TEST_ARGON2, iterations: 3 } });
    await call('vault.unlock', { method: 'passphrase', secret: 'wrong one entirely' });
    expect((await readJson())['passphrase']).toEqual(before);
  });
});
