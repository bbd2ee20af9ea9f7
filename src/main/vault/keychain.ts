/**
 * The operating system's keychain, as far as Mend needs it (Electron's `safeStorage` in the
 * app, a fake in tests). Only ever given a random wrapping key, never the data key itself.
 */
export interface Keychain {
  /**
   * True only where the keychain really protects what it stores: not on Linux's
   * `basic_text` backend, which encrypts with a fixed, public password.
   */
  isProtected(): boolean;
  encrypt(plain: Buffer): Buffer;
  /** Throws when the blob cannot be opened (another user, a reset keychain). */
  decrypt(encrypted: Buffer): Buffer;
}
