import { MendError } from '@shared/errors';
import type { Paper } from '@shared/export/exportModel';
import type { ClipboardPort, PaperPrinter } from '../export/exportPorts';
import { recoveryKeyHtml } from '../export/html/recoveryKeyHtml';

/** How long a copied recovery key stays on the clipboard before Mend clears it. */
export const CLIPBOARD_CLEAR_MS = 120_000;

const unavailable = (): never => {
  throw new MendError('INTERNAL', 'Printing and copying are not available in this window.');
};

/** Copy and print for the recovery key being shown (`vault.copyRecoveryKey`, `vault.printRecoveryKey`). */
export interface RecoveryKeyOut {
  /** True when it went to the printer, false when the person cancelled the print dialog. */
  print(paper: Paper): Promise<boolean>;
  copy(): { copied: true; clearsAfterSeconds: number };
}

/**
 * Copy and print for a recovery key that is being shown (at setup, or a new one from
 * Settings): main holds the key, so the window never has to hand it anywhere. Printing goes
 * through the same sandboxed print window as exports; the copy is cleared from the clipboard
 * after two minutes if it is still there.
 */
export function createRecoveryKeyOut(deps: {
  /** The key now being shown, formatted; NOT_FOUND when none is. */
  pendingRecoveryKey(): string;
  paperPrinter?: PaperPrinter | undefined;
  clipboard?: ClipboardPort | undefined;
  setTimer?: (run: () => void, ms: number) => void;
}): RecoveryKeyOut {
  const setTimer = deps.setTimer ?? ((run, ms) => void setTimeout(run, ms).unref?.());
  return {
    async print(paper) {
      const key = deps.pendingRecoveryKey();
      const printer = deps.paperPrinter ?? { print: unavailable };
      return printer.print(recoveryKeyHtml(key, paper), { paper, footer: false });
    },
    copy() {
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
      return { copied: true, clearsAfterSeconds: CLIPBOARD_CLEAR_MS / 1000 };
    },
  };
}
