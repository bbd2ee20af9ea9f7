import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';

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
    // Protection settings change only while unlocked (see lockedChannels.test.ts).
    await setUpVault(mend);
    expect(await call('settings.get')).toEqual({
      ok: true,
      value: {
        autoLockMinutes: 5,
        theme: 'system',
        textSize: 'normal',
        hideWhenInactive: false,
        screenCaptureProtection: true,
        helplineCountry: null,
      },
    });
    await call('settings.update', { theme: 'dark' });
    expect(await call('settings.update', { autoLockMinutes: null })).toEqual({
      ok: true,
      value: {
        autoLockMinutes: null,
        theme: 'dark',
        textSize: 'normal',
        hideWhenInactive: false,
        screenCaptureProtection: true,
        helplineCountry: null,
      },
    });
    const onDisk = JSON.parse(await readFile(join(mend.vault.paths.dir, 'settings.json'), 'utf8'));
    expect(onDisk).toEqual({
      autoLockMinutes: null,
      theme: 'dark',
      textSize: 'normal',
      hideWhenInactive: false,
      screenCaptureProtection: true,
      helplineCountry: null,
    });
  });

  it('refuses unknown keys and out-of-range values without writing', async () => {
    expect(await call('settings.update', { autoLockMinutes: 0 })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await call('settings.update', { journalText: 'x' })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await call('settings.get')).toMatchObject({ value: { autoLockMinutes: 5 } });
  });

  it('keeps the window privacy choices, and tells the window about every saved change', async () => {
    await setUpVault(mend);
    const seen: unknown[] = [];
    mend.bus.connect((event, payload) => seen.push([event, payload]));
    const changed: unknown[] = [];
    mend.settings.onChange((next) => changed.push(next.hideWhenInactive));

    await call('settings.update', { hideWhenInactive: true, screenCaptureProtection: false });
    expect(await call('settings.get')).toMatchObject({
      value: { hideWhenInactive: true, screenCaptureProtection: false },
    });
    expect(seen).toEqual([
      ['settings.changed', expect.objectContaining({ hideWhenInactive: true, screenCaptureProtection: false })],
    ]);
    expect(changed).toEqual([true]);

    // A refused change says nothing.
    expect(await call('settings.update', { hideWhenInactive: 'yes' })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(seen).toHaveLength(1);
  });

  it('keeps the helpline country, and refuses one Mend has no list for', async () => {
    expect(await call('settings.update', { helplineCountry: 'AU' })).toMatchObject({
      ok: true,
      value: { helplineCountry: 'AU' },
    });
    expect(await call('settings.update', { helplineCountry: 'XX' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('settings.get')).toMatchObject({ value: { helplineCountry: 'AU' } });
  });

  it('reads an older settings file (without the new fields) with their defaults', async () => {
    const older = join(dir.path, 'older');
    await mkdir(older);
    await writeFile(join(older, 'settings.json'), JSON.stringify({ autoLockMinutes: 10, theme: 'dark', textSize: 'large' }));
    // A journal's own settings file, as an older Mend wrote it.
    expect(await createSettingsService(older).get()).toEqual({
      autoLockMinutes: 10,
      theme: 'dark',
      textSize: 'large',
      hideWhenInactive: false,
      screenCaptureProtection: true,
      helplineCountry: null,
    });
  });
});

describe('a damaged settings file', () => {
  it('is copied aside once, even when several callers read it at the same moment', async () => {
    const dir = await makeTempDir();
    try {
      await writeFile(join(dir.path, 'settings.json'), '{ this is not json');
      const settings = createSettingsService(dir.path, () => 1_700_000_000_000);
      const results = await Promise.all([settings.get(), settings.get(), settings.isDamaged()]);
      expect(results[2]).toBe(true);
      const copies = (await readdir(join(dir.path, 'damaged'))).filter((name) => name.endsWith('settings.json'));
      expect(copies).toHaveLength(1);
      expect(await readFile(join(dir.path, 'damaged', copies[0] ?? ''), 'utf8')).toBe('{ this is not json');
    } finally {
      await dir.remove();
    }
  });
});
