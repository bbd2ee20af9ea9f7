import type { SenderContext } from './senderPolicy';

/** The parts of Electron's IpcMainInvokeEvent that say who sent a call (a frame is compared by identity). */
export interface InvokeEventFacts<Frame> {
  /** The frame that sent the call; null or undefined once it navigated away or was destroyed. */
  senderFrame: (Frame & { url: string }) | null | undefined;
  /** The sending page's top frame. */
  mainFrame: Frame;
  /** The window that holds the page, or null (a page with no window of ours). */
  windowId: number | null;
}

/**
 * Turns the facts of an IPC event into the sender context the dispatcher checks. Pure, so
 * the mapping Electron runs is table-tested under plain Node (tests/unit/ipc/senderOfEvent.test.ts):
 * a missing frame is never the main frame, and an unknown window is null, never a guess.
 */
export function senderOfEvent<Frame>(event: InvokeEventFacts<Frame>): SenderContext {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url ?? '',
    isMainFrame: frame !== null && frame !== undefined && frame === event.mainFrame,
    windowId: event.windowId,
  };
}
