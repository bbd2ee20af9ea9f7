import type { z } from 'zod';
import type { Channel, EventName } from './channels';
import { appContract } from './contracts/app';
import { desktopContract, desktopEvents } from './contracts/desktop';
import { settingsContract, settingsEvents } from './contracts/settings';
import { trackerContract } from './contracts/tracker';
import { programContract } from './contracts/program';
import { journalContract } from './contracts/journal';
import { backupContract } from './contracts/backup';
import { exportContract } from './contracts/export';
import { helplinesContract } from './contracts/helplines';
import { vaultContract, vaultEvents } from './contracts/vault';
import { journalsContract } from './contracts/journals';

/**
 * The typed IPC contract: for every channel, the zod schema of its input and of its output.
 * Main validates every payload against it before a service sees it; the renderer's types
 * come from it. Each feature keeps its piece in `contracts/<feature>.ts`; add the channel
 * names to `channels.ts` too (the compiler checks both agree).
 */
export * from './contracts/app';
export * from './contracts/desktop';
export * from './contracts/journal';
export * from './contracts/backup';
export * from './contracts/export';
export * from './contracts/helplines';
export * from './contracts/settings';
export * from './contracts/tracker';
export * from './contracts/vault';
export * from './contracts/program';
export * from './contracts/journals';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  ...appContract,
  ...desktopContract,
  ...vaultContract,
  ...settingsContract,
  ...trackerContract,
  ...programContract,
  ...journalContract,
  ...backupContract,
  ...exportContract,
  ...helplinesContract,
  ...journalsContract,
} as const satisfies Record<Channel, ChannelSpec>;

export const events = {
  ...vaultEvents,
  ...settingsEvents,
  ...desktopEvents,
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
