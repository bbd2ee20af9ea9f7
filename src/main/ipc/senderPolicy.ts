/** Who is calling: the facts main can read off an IPC event (or the test harness's page). */
export interface SenderContext {
  /** URL of the frame that sent the call. */
  frameUrl: string;
  /** True when the call came from the window's top frame, not an iframe. */
  isMainFrame: boolean;
  /** Id of the window the frame belongs to, or null when it has none. */
  windowId: number | null;
}

export interface SenderPolicy {
  /** Origin the renderer is served from, e.g. `app://mend`. */
  appOrigin: string;
  /** True when the window id is one the app created itself. */
  isKnownWindow(windowId: number | null): boolean;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom standard schemes report origin "null" in Node's URL; rebuild it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True when the call may be served: the main frame of a known window, on the app's origin. */
export function isTrustedSender(context: SenderContext, policy: SenderPolicy): boolean {
  return (
    context.isMainFrame &&
    policy.isKnownWindow(context.windowId) &&
    originOf(context.frameUrl) === policy.appOrigin
  );
}
