import { safeStorage } from 'electron';
import type { Keychain } from '../vault/keychain';

/** Linux backends that only obfuscate: the key would sit on disk as good as in the clear. */
const UNPROTECTED_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

/**
 * Electron's safeStorage behind Mend's Keychain interface. Use after `app.whenReady()`.
 * safeStorage takes strings, so bytes travel as base64; Mend only ever hands it a random
 * wrapping key, never the data key.
 */
export function safeStorageKeychain(): Keychain {
  return {
    isProtected() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      if (process.platform !== 'linux') return true;
      return !UNPROTECTED_LINUX_BACKENDS.has(safeStorage.getSelectedStorageBackend());
    },
    encrypt(plain) {
      return safeStorage.encryptString(plain.toString('base64'));
    },
    decrypt(encrypted) {
      return Buffer.from(safeStorage.decryptString(encrypted), 'base64');
    },
  };
}
