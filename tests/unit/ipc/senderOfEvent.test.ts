import { describe, expect, it } from 'vitest';
import { senderOfEvent } from '../../../src/main/ipc/senderOfEvent';
import { isTrustedSender } from '../../../src/main/ipc/senderPolicy';

const APP = 'app://mend/index.html';
const mainFrame = { url: APP };
const iframe = { url: APP };
const navigatedAway = { url: 'https://example.com/' };
const policy = { appOrigin: 'app://mend', isKnownWindow: (id: number | null) => id === 1 };

describe('senderOfEvent: what main reads off an IPC event', () => {
  it.each([
    [
      'the window’s own top frame',
      { senderFrame: mainFrame, mainFrame, windowId: 1 },
      { frameUrl: APP, isMainFrame: true, windowId: 1 },
      true,
    ],
    [
      'an iframe on the app origin',
      { senderFrame: iframe, mainFrame, windowId: 1 },
      { frameUrl: APP, isMainFrame: false, windowId: 1 },
      false,
    ],
    [
      'a frame that is gone (null)',
      { senderFrame: null, mainFrame, windowId: 1 },
      { frameUrl: '', isMainFrame: false, windowId: 1 },
      false,
    ],
    [
      'a frame that is gone (undefined)',
      { senderFrame: undefined, mainFrame, windowId: 1 },
      { frameUrl: '', isMainFrame: false, windowId: 1 },
      false,
    ],
    [
      'a page in no window of ours',
      { senderFrame: mainFrame, mainFrame, windowId: null },
      { frameUrl: APP, isMainFrame: true, windowId: null },
      false,
    ],
    [
      'another window',
      { senderFrame: mainFrame, mainFrame, windowId: 7 },
      { frameUrl: APP, isMainFrame: true, windowId: 7 },
      false,
    ],
    [
      'the top frame after navigating elsewhere',
      { senderFrame: navigatedAway, mainFrame: navigatedAway, windowId: 1 },
      { frameUrl: 'https://example.com/', isMainFrame: true, windowId: 1 },
      false,
    ],
  ] as const)('%s', (_name, event, expected, trusted) => {
    const sender = senderOfEvent<object>(event);
    expect(sender).toEqual(expected);
    expect(isTrustedSender(sender, policy)).toBe(trusted);
  });

  it('compares frames by identity, not by their URL', () => {
    const lookalike = { url: APP };
    expect(senderOfEvent({ senderFrame: lookalike, mainFrame, windowId: 1 }).isMainFrame).toBe(false);
  });
});
