import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';

const YEAR_MS = 365 * 86_400_000;
const MAX_WAIT_SECONDS = 5 * 60;

/**
 * M2: the unlock wait never exceeds its cap, whatever the stored time says (a clock that went
 * backwards, a file from the future), and a throttle file that cannot be read as one counts
 * as attempts used, never as a fresh start. L6: a throttle path that is a folder is a clear,
 * typed refusal, not INTERNAL.
 */
describe('the unlock throttle', () => {
  let dir: TempDir;
  let mend: Mend;
  let clock = Date.parse('2026-12-01T08:00:00Z');
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  const unlock = (secret: string) => call('vault.unlock', { method: 'passphrase', secret });
  const retryAfter = async () =>
    ((await call('vault.status')) as { value: { retryAfterSeconds: number } }).value.retryAfterSeconds;
  const restart = async () => {
    await mend.dispose();
    mend = await createTestMend(dir.path, { now: () => clock });
  };

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault({ now: () => clock }));
    await call('vault.lock', { reason: 'manual' });
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('a last failure a year ahead waits at most the cap, then the passphrase works', async () => {
    await writeFile(mend.vault.paths.throttle, JSON.stringify({ failures: 40, lastFailureAt: clock + YEAR_MS }));
    await restart();
    const wait = await retryAfter();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(MAX_WAIT_SECONDS);
    expect(await unlock(TEST_PASSPHRASE)).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    clock += MAX_WAIT_SECONDS * 1000;
    expect(await retryAfter()).toBe(0);
    expect(await unlock(TEST_PASSPHRASE)).toMatchObject({ ok: true });
  });

  it('a clock that went back an hour after a failure does not make the wait longer than the cap', async () => {
    for (let i = 0; i < 6; i++) {
      await unlock(`wrong ${i}`);
      clock += 10 * 60_000;
    }
    clock -= 60 * 60_000 * 2;
    expect(await retryAfter()).toBeLessThanOrEqual(MAX_WAIT_SECONDS);
  });

  for (const [label, text] of [
    ['empty', ''],
    ['not JSON', 'this is not json'],
    ['JSON of the wrong shape', '{"failures": "many"}'],
  ] as const) {
    it(`a throttle file that is ${label} counts as the free attempts used, not a reset`, async () => {
      await writeFile(mend.vault.paths.throttle, text);
      await restart();
      // The free attempts are gone: the very next wrong guess already brings a wait.
      expect(await unlock('not the passphrase')).toMatchObject({ error: { code: 'WRONG_SECRET' } });
      expect(await retryAfter()).toBeGreaterThan(0);
      const stored = JSON.parse(await readFile(mend.vault.paths.throttle, 'utf8')) as { failures: number };
      expect(stored.failures).toBeGreaterThan(3);
    });
  }

  it('a throttle path that is a folder is a clear, typed refusal (not INTERNAL), and status still answers', async () => {
    await mkdir(mend.vault.paths.throttle);
    await restart();
    expect(await call('vault.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    const refused = await unlock(TEST_PASSPHRASE);
    expect(refused).toMatchObject({ ok: false, error: { code: 'IO_FAILED', detail: { file: 'throttle' } } });
    expect(JSON.stringify(refused)).toContain('unlock-throttle.json');
  });
});
