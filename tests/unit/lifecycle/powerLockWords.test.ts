import { describe, expect, it } from 'vitest';
import { powerLockSentence, screenLockEventExists } from '../../../src/shared/lifecycle/powerLockWords';

/** Item 4 (issue 16): Linux has no lock-screen event, so settings must not promise one there. */
describe('the power-lock sentence in settings', () => {
  it.each(['Linux x86_64', 'Linux aarch64', 'X11'])('on %s promises only sleep', (platform) => {
    expect(screenLockEventExists(platform)).toBe(false);
    expect(powerLockSentence(platform)).not.toMatch(/screen locks\./);
    expect(powerLockSentence(platform)).toContain('cannot tell when the screen locks');
  });
  it.each(['MacIntel', 'Win32'])('on %s promises sleep and screen lock', (platform) => {
    expect(screenLockEventExists(platform)).toBe(true);
    expect(powerLockSentence(platform)).toBe('Mend also locks when your computer sleeps or its screen locks.');
  });
});
