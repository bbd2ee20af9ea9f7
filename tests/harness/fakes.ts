import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { ClipboardPort, PaperPrinter, PdfPrinter } from '../../src/main/export/exportPorts';
import type { PowerEvent, PowerEvents } from '../../src/main/power/powerEvents';
import type { Keychain } from '../../src/main/vault/keychain';

/** Stands in for Electron's safeStorage: a per-instance secret, switchable to unprotected or broken. */
export interface FakeKeychain extends Keychain {
  /** Like Linux's basic_text backend: present, but protecting nothing. */
  protected: boolean;
  /** Like a reset OS keychain: every decrypt fails. */
  broken: boolean;
}

export function createFakeKeychain(): FakeKeychain {
  const secret = randomBytes(32);
  const keychain: FakeKeychain = {
    protected: true,
    broken: false,
    isProtected: () => keychain.protected,
    encrypt(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('aes-256-ctr', secret, iv);
      return Buffer.concat([iv, cipher.update(plain), cipher.final()]);
    },
    decrypt(encrypted) {
      if (keychain.broken)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const decipher = createDecipheriv('aes-256-ctr', secret, encrypted.subarray(0, 16));
      return Buffer.concat([decipher.update(encrypted.subarray(16)), decipher.final()]);
    },
  };
  return keychain;
}

/** Stands in for Electron's powerMonitor: the test fires the events. */
export interface FakePower extends PowerEvents {
  emit(event: PowerEvent): void;
  listenerCount(): number;
}

export function createFakePower(): FakePower {
  const emitter = new EventEmitter();
  return {
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
    emit: (event) => emitter.emit(event),
    listenerCount: () => emitter.listenerCount('suspend') + emitter.listenerCount('lock-screen'),
  };
}

/** Stands in for Electron's BrowserWindow.minimize(): counts the requests. */
export interface FakeMinimizer {
  minimize(): void;
  readonly calls: number;
}

export function createFakeMinimizer(): FakeMinimizer {
  let calls = 0;
  return {
    minimize: () => {
      calls += 1;
    },
    get calls() {
      return calls;
    },
  };
}

/**
 * Stand-ins for what Electron owns around the recovery key: the system print dialog (the
 * page is printed to PDF by the tests' Chromium, so its text can be read back) and the
 * clipboard. `answer` is what the print dialog does next.
 */
export interface RecordingPaperPrinter extends PaperPrinter {
  printed: Uint8Array[];
  answer: 'print' | 'cancel';
}

export function recordingPaperPrinter(pdf: PdfPrinter): RecordingPaperPrinter {
  const printer: RecordingPaperPrinter = {
    printed: [],
    answer: 'print',
    async print(html, options) {
      if (printer.answer === 'cancel') return false;
      printer.printed.push(await pdf.print(html, options));
      return true;
    },
  };
  return printer;
}

export interface MemoryClipboard extends ClipboardPort {
  text: string;
}

export function memoryClipboard(): MemoryClipboard {
  const clipboard: MemoryClipboard = {
    text: '',
    writeText: (text) => {
      clipboard.text = text;
    },
    readText: () => clipboard.text,
    clear: () => {
      clipboard.text = '';
    },
  };
  return clipboard;
}
