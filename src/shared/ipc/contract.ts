import { z } from 'zod';
import type { Channel, EventName } from './channels';

/**
 * The typed IPC contract: for every channel, the zod schema of its input and of its output.
 * Main validates every payload against it before a service sees it; the renderer's types
 * come from it. Add a channel here and in `channels.ts`; the compiler checks both agree.
 */

const NoInput = z.undefined();

export const TrackId = z.enum(['broke-trust', 'was-hurt']);
export type TrackId = z.infer<typeof TrackId>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  tracks: z.array(z.object({ id: TrackId, title: z.string(), tagline: z.string() })),
});
export type AppInfo = z.infer<typeof AppInfo>;

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
} as const satisfies Record<Channel, ChannelSpec>;

export const LockReason = z.enum(['manual', 'shortcut', 'idle', 'suspend', 'screen-lock']);
export type LockReason = z.infer<typeof LockReason>;

export const events = {
  'vault.locked': z.object({ reason: LockReason }),
} as const satisfies Record<EventName, z.ZodType>;

// Compile-time proof that the name lists and the schema maps hold the same keys.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const channelsAgree: Exact<keyof typeof contract, Channel> = true;
const eventsAgree: Exact<keyof typeof events, EventName> = true;
void channelsAgree;
void eventsAgree;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
