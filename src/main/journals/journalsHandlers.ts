import { MendError } from '@shared/errors';
import { CHANNELS } from '@shared/ipc/channels';
import type { HandlersFor } from '../ipc/dispatcher';
import type { SenderContext } from '../ipc/senderPolicy';
import { APP_LEVEL_CHANNELS, type JournalChannel, type JournalHandlers } from './journalScope';
import type { JournalsService } from './journalsService';

/** Binds the journals service to its channels. */
export function journalsHandlers(journals: JournalsService): HandlersFor<'journals'> {
  return {
    'journals.list': () => journals.list(),
    'journals.choose': ({ id }) => journals.choose(id),
    'journals.leave': () => journals.leave(),
    'journals.create': ({ name }) => journals.create(name),
    'journals.rename': ({ id, name }) => journals.rename(id, name),
    'journals.removalPlan': ({ id }) => journals.removalPlan(id),
    'journals.remove': ({ id, method, secret }) => journals.remove(id, method, secret),
  };
}

export const SEVERAL_JOURNALS_REASON =
  'With more than one journal on this computer, "remember on this computer" is off: anyone using this computer account could open a remembered journal.';

type AnyHandler = (input: unknown, sender: SenderContext) => unknown;

/**
 * Every journal channel, sent to the chosen journal's own services. While the person is
 * choosing there is no journal behind them, so each answers LOCKED. Three places add the
 * rules that only make sense across journals: a new journal joins the registry once its
 * passphrase is set (or its `.mend` file is restored), and the keychain is refused while
 * more than one journal exists.
 */
export function currentJournalHandlers(journals: JournalsService): JournalHandlers {
  const scoped = (channel: JournalChannel): AnyHandler => (input, sender) => {
    const scope = journals.current();
    if (scope === null) throw new MendError('LOCKED', 'Choose a journal first.');
    return (scope.handlers[channel] as AnyHandler)(input, sender);
  };
  const all = Object.fromEntries(
    CHANNELS.filter((channel) => !APP_LEVEL_CHANNELS.has(channel) && !channel.startsWith('journals.')).map((channel) => [
      channel,
      scoped(channel as JournalChannel),
    ]),
  ) as unknown as JournalHandlers;

  const refuseKeychain = async (): Promise<void> => {
    if (await journals.severalJournals()) throw new MendError('CONFLICT', SEVERAL_JOURNALS_REASON, { keychain: true });
  };

  return {
    ...all,
    'vault.create': async (input, sender) => {
      const shown = await all['vault.create'](input, sender);
      await journals.registerCurrent();
      return shown;
    },
    'transfer.restoreBackupFile': async (input, sender) => {
      const result = await all['transfer.restoreBackupFile'](input, sender);
      if (result.status === 'restored') await journals.registerCurrent();
      return result;
    },
    'vault.keychainStatus': async (input, sender) => {
      if (await journals.severalJournals()) return { available: false, enabled: false, refused: 'several-journals' };
      return all['vault.keychainStatus'](input, sender);
    },
    'vault.enableKeychain': async (input, sender) => {
      await refuseKeychain();
      return all['vault.enableKeychain'](input, sender);
    },
    'vault.unlockWithKeychain': async (input, sender) => {
      await refuseKeychain();
      return all['vault.unlockWithKeychain'](input, sender);
    },
  };
}
