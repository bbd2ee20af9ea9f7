/**
 * What Mend can honestly promise about locking with the computer. Electron's `lock-screen`
 * event exists only on macOS and Windows; on Linux there is no event, so Mend cannot know
 * when the screen locks and must not say it does. Pure: the renderer passes
 * `navigator.platform`, the tests any string.
 */
export function screenLockEventExists(platform: string): boolean {
  return !/linux|x11|freebsd|openbsd/i.test(platform);
}

export function powerLockSentence(platform: string): string {
  return screenLockEventExists(platform)
    ? 'Mend also locks when your computer sleeps or its screen locks.'
    : 'Mend also locks when your computer sleeps. On Linux it cannot tell when the screen locks, so a short auto-lock time matters more.';
}
