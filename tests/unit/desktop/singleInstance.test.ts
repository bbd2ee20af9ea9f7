import { describe, expect, it } from 'vitest';
import { focusRunningInstance, type FocusableWindow } from '../../../src/main/electron/singleInstance';

/** Stands in for Electron's BrowserWindow: records what the handler asked of it. */
function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  let minimized = state.minimized ?? false;
  const window: FocusableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => minimized,
    restore: () => {
      calls.push('restore');
      minimized = false;
    },
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window, calls };
}

describe('a second launch', () => {
  it('brings the running window to the front', () => {
    const { window, calls } = fakeWindow();
    let opened = 0;
    focusRunningInstance(window, () => opened++);
    expect(calls).toEqual(['show', 'focus']);
    expect(opened).toBe(0);
  });

  it('restores a minimized window before focusing it', () => {
    const { window, calls } = fakeWindow({ minimized: true });
    focusRunningInstance(window, () => undefined);
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(window.isMinimized()).toBe(false);
  });

  it('opens a window when none is left (macOS keeps running without one)', () => {
    let opened = 0;
    focusRunningInstance(null, () => opened++);
    expect(opened).toBe(1);
  });

  it('opens a window instead of touching a destroyed one', () => {
    const { window, calls } = fakeWindow({ destroyed: true });
    let opened = 0;
    focusRunningInstance(window, () => opened++);
    expect(calls).toEqual([]);
    expect(opened).toBe(1);
  });
});
