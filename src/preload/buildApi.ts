/**
 * Builds the page API from the channel list: one named async function per channel and a
 * `subscribe` for main's events. Generic over the contract and nothing else.
 *
 * This function must stay self-contained (no imports used inside, no outer variables):
 * the end-to-end harness injects its source text into the page, so the tests run the very
 * same code the preload runs.
 */
export function buildApi(
  channels: readonly string[],
  events: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  listen: (event: string, listener: (payload: unknown) => void) => () => void,
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  api['subscribe'] = (event: unknown, listener: unknown) => {
    if (typeof event !== 'string' || !events.includes(event) || typeof listener !== 'function') {
      throw new TypeError('subscribe needs a known event name and a function');
    }
    // Only the payload crosses: the listener never sees an IPC event object.
    return listen(event, (payload) => (listener as (p: unknown) => void)(payload));
  };
  return Object.freeze(api);
}
