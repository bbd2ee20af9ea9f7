import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createTestMend, makeTempDir, trustedSender } from '../../harness/core';

describe('settings', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);

  beforeEach(async () => {
    dir = await makeTempDir();
    mend = await createTestMend(join(dir.path, 'not-yet-created'));
  });
  afterEach(async () => {
    await mend.dispose();
    await dir.remove();
  });

  it('starts from defaults, and a patch changes only what it names', async () => {
    expect(await call('settings.get')).toEqual({
      ok: true,
      value: { autoLockMinutes: 5, theme: 'system', textSize: 'normal' },
    });
    await call('settings.update', { theme: 'dark' });
    expect(await call('settings.update', { autoLockMinutes: null })).toEqual({
      ok: true,
      value: { autoLockMinutes: null, theme: 'dark', textSize: 'normal' },
    });
    const onDisk = JSON.parse(await readFile(join(dir.path, 'not-yet-created', 'settings.json'), 'utf8'));
    expect(onDisk).toEqual({ autoLockMinutes: null, theme: 'dark', textSize: 'normal' });
  });

  it('refuses unknown keys and out-of-range values without writing', async () => {
    expect(await call('settings.update', { autoLockMinutes: 0 })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await call('settings.update', { journalText: 'x' })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await call('settings.get')).toMatchObject({ value: { autoLockMinutes: 5 } });
  });
});
