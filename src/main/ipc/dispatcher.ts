import { type z } from 'zod';
import { MendError } from '@shared/errors';
import type { Channel } from '@shared/ipc/channels';
import { contract, type OutputOf, type ParsedInputOf } from '@shared/ipc/contract';
import { fail, ok, type Envelope } from '@shared/ipc/envelope';
import { isTrustedSender, type SenderContext, type SenderPolicy } from './senderPolicy';
import { toErrorInfo } from './toErrorInfo';

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  sender: SenderContext,
) => Promise<OutputOf<C>> | OutputOf<C>;

export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers of one feature: every channel named `<prefix>.…` (the prefix is the folder's name). */
export type HandlersFor<Prefix extends string> = Pick<Handlers, Extract<Channel, `${Prefix}.${string}`>>;

/** The one entry point for every call, whatever carried it (Electron IPC or the test harness). */
export type Dispatch = (
  channel: unknown,
  rawInput: unknown,
  sender: SenderContext,
) => Promise<Envelope<unknown>>;

export interface DispatcherOptions {
  policy: SenderPolicy;
  /** Told about unexpected failures (never user text: only the error's name and stack). */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  return `The request was not valid (${parts.join('; ')}).`;
}

/**
 * Wraps one service function: checks the sender, validates the input against the shared
 * schema, calls the service, validates what it returns, and answers with an envelope.
 */
export function handle<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  options: DispatcherOptions,
): (rawInput: unknown, sender: SenderContext) => Promise<Envelope<OutputOf<C>>> {
  const spec = contract[channel];
  return async (rawInput, sender) => {
    if (!isTrustedSender(sender, options.policy)) {
      return fail({ code: 'FORBIDDEN_SENDER', message: 'This window may not talk to Mend.' });
    }
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(rawInput);
    } catch (error) {
      // A schema's own refinement threw on hostile input: still a validation failure.
      options.onUnexpectedError?.(channel, error);
      return fail({ code: 'VALIDATION', message: 'The request was not valid.' });
    }
    if (!parsed.success) {
      return fail({ code: 'VALIDATION', message: describeIssues(parsed.error) });
    }
    try {
      const value = await handler(parsed.data as ParsedInputOf<C>, sender);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        options.onUnexpectedError?.(channel, checked.error);
        return fail({ code: 'INTERNAL', message: 'Something went wrong inside Mend.' });
      }
      return ok(checked.data as OutputOf<C>);
    } catch (error) {
      if (!(error instanceof MendError)) options.onUnexpectedError?.(channel, error);
      return fail(toErrorInfo(error));
    }
  };
}

/** Builds the transport-free dispatcher from one handler per channel. */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  const wrapped = new Map<string, (raw: unknown, sender: SenderContext) => Promise<Envelope<unknown>>>();
  for (const channel of Object.keys(contract) as Channel[]) {
    wrapped.set(channel, handle(channel, handlers[channel] as Handler<typeof channel>, options));
  }
  return async (channel, rawInput, sender) => {
    const run = typeof channel === 'string' ? wrapped.get(channel) : undefined;
    if (run === undefined) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: 'Mend does not know that request.' });
    }
    return run(rawInput, sender);
  };
}
