import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../src/shared/ipc/contract';
import { friendlyMessage, MendApiError } from '../../../src/renderer/src/api';
import { createSettingsStore, type SettingsPorts } from '../../../src/renderer/src/settings/settingsStore';
import { createTestMend, makeTempDir, setUpVault, trustedSender } from '../../harness/core';

/**
 * The store over the real dispatcher and event bus, as the preload connects them. A gate
 * can hold main's answer to a read on its way (the IPC transport is what is slowed, not
 * main), so an event can overtake it.
 */
function portsOver(mend: Mend) {
  let readGate: Promise<void> = Promise.resolve();
  let readFails = false;
  let lastRead: Promise<unknown> = Promise.resolve();
  const unwrap = async <T>(channel: string, input?: unknown): Promise<T> => {
    const envelope = await mend.dispatch(channel, input, trustedSender);
    if (!envelope.ok) throw new MendApiError(envelope.error);
    return envelope.value as T;
  };
  const ports: SettingsPorts = {
    read: () => {
      const read = (async () => {
        if (readFails) throw new MendApiError({ code: 'IO_FAILED', message: 'the bridge failed' });
        // Main answers now; the answer reaches the store when the gate opens.
        const answer = await unwrap<Settings>('settings.get');
        await readGate;
        return answer;
      })();
      lastRead = read;
      return read;
    },
    write: (patch: SettingsPatch) => unwrap<Settings>('settings.update', patch),
    onChanged: (listener) =>
      mend.bus.connect((event, payload) => {
        if (event === 'settings.changed') listener(payload as Settings);
      }),
  };
  return {
    ports,
    /** Resolves once the last read has answered (or failed) and the store has taken it in. */
    async readDone(): Promise<void> {
      await lastRead.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    holdReads(): () => void {
      let open = (): void => undefined;
      readGate = new Promise((resolve) => (open = resolve));
      return open;
    },
    failReads(): void {
      readFails = true;
    },
  };
}

describe('the settings store (the renderer’s one copy of the settings)', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;

  beforeEach(async () => {
    dir = await makeTempDir();
    mend = await createTestMend(join(dir.path, 'data'));
    // Protection settings (auto-lock) change only while unlocked.
    await setUpVault(mend);
  });
  afterEach(async () => {
    await mend.dispose();
    await dir.remove();
  });

  it('reads once when first used, and is null until main answers', async () => {
    await mend.settings.update({ autoLockMinutes: 15 });
    const over = portsOver(mend);
    const { ports } = over;
    let reads = 0;
    const store = createSettingsStore({ ...ports, read: () => ((reads += 1), ports.read()) });
    expect(reads).toBe(0);
    store.subscribe(() => undefined);
    store.subscribe(() => undefined);
    expect(reads).toBe(1);
    expect(store.current()).toBeNull();
    await over.readDone();
    expect(store.current()?.autoLockMinutes).toBe(15);
  });

  it('follows every saved change, whoever made it, and tells every subscriber', async () => {
    const over = portsOver(mend);
    const store = createSettingsStore(over.ports);
    const heard: (string | undefined)[] = [];
    store.subscribe(() => heard.push(store.current()?.theme));
    await over.readDone();
    // Another screen, another window, or main itself: the store hears settings.changed.
    await mend.dispatch('settings.update', { theme: 'dark' }, trustedSender);
    expect(store.current()?.theme).toBe('dark');
    expect(heard).toEqual(['system', 'dark']);
  });

  it('a change that arrives before the first read answers is kept: the read does not undo it', async () => {
    const over = portsOver(mend);
    const open = over.holdReads();
    const store = createSettingsStore(over.ports);
    store.subscribe(() => undefined);
    await mend.dispatch('settings.update', { textSize: 'large' }, trustedSender);
    expect(store.current()?.textSize).toBe('large');
    // The held read answers later, with what main held before the change: no step back.
    open();
    await over.readDone();
    expect(store.current()?.textSize).toBe('large');
  });

  it('shows an update once main has stored it, never before', async () => {
    const over = portsOver(mend);
    const store = createSettingsStore(over.ports);
    store.subscribe(() => undefined);
    await over.readDone();
    const saving = store.update({ autoLockMinutes: null });
    // What the person sees is what Mend keeps: not shown while main has not answered.
    expect(store.current()?.autoLockMinutes).toBe(DEFAULT_SETTINGS.autoLockMinutes);
    const saved = await saving;
    expect(saved.autoLockMinutes).toBeNull();
    expect(store.current()).toEqual(saved);
    expect((await mend.settings.get()).autoLockMinutes).toBeNull();
  });

  it('a refused update changes nothing shown, and rejects with a code the screen turns into words', async () => {
    const over = portsOver(mend);
    const store = createSettingsStore(over.ports);
    store.subscribe(() => undefined);
    await over.readDone();
    // Out of range: main's schema refuses it and nothing is written.
    const saving = store.update({ autoLockMinutes: 0 });
    const failure = await saving.catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(MendApiError);
    expect((failure as MendApiError).code).toBe('VALIDATION');
    expect(friendlyMessage(failure)).toBe('That did not look right. Please check what you entered.');
    expect(store.current()?.autoLockMinutes).toBe(DEFAULT_SETTINGS.autoLockMinutes);
  });

  it('stays null when the settings cannot be read (readers fall back to DEFAULT_SETTINGS), and an update still lands', async () => {
    const over = portsOver(mend);
    over.failReads();
    const store = createSettingsStore(over.ports);
    store.subscribe(() => undefined);
    await over.readDone();
    expect(store.current()).toBeNull();
    const saving = store.update({ helplineCountry: 'GB' });
    // Nothing to show a change on until main answers.
    expect(store.current()).toBeNull();
    await saving;
    expect(store.current()?.helplineCountry).toBe('GB');
    expect(store.current()?.autoLockMinutes).toBe(DEFAULT_SETTINGS.autoLockMinutes);
  });

  it('a read that failed (no journal chosen yet) is tried again by the next screen that subscribes', async () => {
    await mend.settings.update({ autoLockMinutes: 1 });
    const over = portsOver(mend);
    let reads = 0;
    let failFirst = true;
    const store = createSettingsStore({
      ...over.ports,
      read: () => {
        reads += 1;
        if (failFirst) {
          failFirst = false;
          return Promise.reject(new MendApiError({ code: 'LOCKED', message: 'Choose a journal first.' }));
        }
        return over.ports.read();
      },
    });
    store.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.current()).toBeNull();
    // The shell mounts once the journal is open: its idle lock subscribes and gets the real minutes.
    store.subscribe(() => undefined);
    expect(reads).toBe(2);
    await over.readDone();
    expect(store.current()?.autoLockMinutes).toBe(1);
    // Once it has the settings, further subscribers read nothing.
    store.subscribe(() => undefined);
    expect(reads).toBe(2);
  });

  it('a listener that unsubscribed hears nothing more', async () => {
    const over = portsOver(mend);
    const store = createSettingsStore(over.ports);
    let heard = 0;
    const stop = store.subscribe(() => (heard += 1));
    await over.readDone();
    expect(heard).toBe(1);
    stop();
    await mend.dispatch('settings.update', { theme: 'light' }, trustedSender);
    expect(heard).toBe(1);
  });
});
