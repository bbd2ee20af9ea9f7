import { describe, expect, it } from 'vitest';
import { CLIPBOARD_CLEAR_MS, createRecoveryKeyOut } from '../../../src/main/vault/recoveryKeyOut';
import { memoryClipboard } from '../../harness/fakes';

/** The clipboard is Electron's; the timer is run by hand. Everything else is the real service. */
describe('copying the recovery key', () => {
  const KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';

  function setUp() {
    const clipboard = memoryClipboard();
    const timers: { run: () => void; ms: number }[] = [];
    const keyOut = createRecoveryKeyOut({
      pendingRecoveryKey: () => KEY,
      clipboard,
      setTimer: (run, ms) => timers.push({ run, ms }),
    });
    return { clipboard, timers, copy: () => keyOut.copy() };
  }

  it('clears the key from the clipboard after two minutes', async () => {
    const { clipboard, timers, copy } = setUp();
    expect(await copy()).toEqual({ copied: true, clearsAfterSeconds: 120 });
    expect(clipboard.text).toBe(KEY);
    expect(timers.map((timer) => timer.ms)).toEqual([CLIPBOARD_CLEAR_MS]);
    timers[0]?.run();
    await Promise.resolve();
    expect(clipboard.text).toBe('');
  });

  it('leaves whatever the person copied since', async () => {
    const { clipboard, timers, copy } = setUp();
    await copy();
    clipboard.text = 'a shopping list';
    timers[0]?.run();
    await Promise.resolve();
    expect(clipboard.text).toBe('a shopping list');
  });
});
