import { MendError } from '@shared/errors';
import type { Handlers } from '../ipc/dispatcher';
import type { ClipboardPort, PaperPrinter } from '../export/exportPorts';
import { recoveryKeyHtml } from '../export/html/recoveryKeyHtml';

export type RecoveryKeyOutHandlers = Pick<Handlers, 'vault.printRecoveryKey' | 'vault.copyRecoveryKey'>;

/** How long a copied recovery key stays on the clipboard before Mend clears it. */
export const CLIPBOARD_CLEAR_MS = 120_000;

const unavailable = (): never => {
  throw new MendError('INTERNAL', 'Printing and copying are not available in this window.');
};

/**
 * Copy and print for a recovery key that is being shown (at setup, or a new one from
 * Settings): main holds the key, so the window never has to hand it anywhere. Printing goes
 * through the same sandboxed print window as exports; the copy is cleared from the clipboard
 * after two minutes if it is still there.
 */
export function recoveryKeyOutHandlers(deps: {
  /** The key now being shown, formatted; NOT_FOUND when none is. */
  pendingRecoveryKey(): string;
  paperPrinter?: PaperPrinter | undefined;
  clipboard?: ClipboardPort | undefined;
  setTimer?: (run: () => void, ms: number) => void;
}): RecoveryKeyOutHandlers {
  const setTimer = deps.setTimer ?? ((run, ms) => void setTimeout(run, ms).unref?.());
  return {
    'vault.printRecoveryKey': async ({ paper }) => {
      const key = deps.pendingRecoveryKey();
      const printer = deps.paperPrinter ?? { print: unavailable };
      return { printed: await printer.print(recoveryKeyHtml(key, paper), { paper, footer: false }) };
    },
    'vault.copyRecoveryKey': () => {
      const key = deps.pendingRecoveryKey();
      const clipboard = deps.clipboard ?? {
        writeText: unavailable,
        readText: unavailable,
        clear: unavailable,
      };
      clipboard.writeText(key);
      setTimer(() => {
        // Only our own copy is cleared: whatever the person copied since stays.
        void Promise.resolve(clipboard.readText()).then(
          (now) => now === key && clipboard.clear(),
          () => undefined,
        );
      }, CLIPBOARD_CLEAR_MS);
      return { copied: true as const, clearsAfterSeconds: CLIPBOARD_CLEAR_MS / 1000 };
    },
  };
}
