import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { open, seal } from '../../../src/main/vault/aead';
import { unwrapWithKeychain, wrapWithKeychain, type KeyFile } from '../../../src/main/vault/keyFile';
import { vaultPaths } from '../../../src/main/vault/vaultPaths';
import { createSessionHolder } from '../../../src/main/vault/vaultSession';
import { makeTempDir, TEST_ARGON2 } from '../../harness/core';
import { createFakeKeychain } from '../../harness/fakes';

const isZero = (buffer: Buffer) => buffer.every((byte) => byte === 0);

describe('key material', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await dir.remove();
  });

  it('closing a session zeroes the data key and a pending recovery key, and closes the database', () => {
    const session = createSessionHolder(vaultPaths(dir.path));
    const dataKey = randomBytes(32);
    const recovery = randomBytes(20);
    session.open(dataKey, 'passphrase', true);
    const opened = session.require();
    const nextDataKey = randomBytes(32);
    opened.pendingRecovery = {
      kind: 'rotation',
      key: recovery,
      confirmGroups: [1, 2],
      dataKey: nextDataKey,
      passphraseWrap: { kdf: 'argon2id', params: TEST_ARGON2, salt: '', sealed: { nonce: '', ciphertext: '', tag: '' } },
    };
    const db = opened.db;
    session.close();
    expect(isZero(dataKey)).toBe(true);
    expect(isZero(recovery)).toBe(true);
    expect(isZero(nextDataKey)).toBe(true);
    expect(db.open).toBe(false);
    expect(() => session.require()).toThrow(/locked/i);
  });

  it('a failed open leaves the key with the caller (who wipes it) and no session', () => {
    const session = createSessionHolder(vaultPaths(dir.path));
    const dataKey = randomBytes(32);
    expect(() => session.open(dataKey, 'passphrase', false)).toThrow(/missing/i);
    expect(session.current()).toBeNull();
    expect(isZero(dataKey)).toBe(false);
  });

  it('the keychain is only ever given a random wrapping key, never the data key', () => {
    const keychain = createFakeKeychain();
    const seen: Buffer[] = [];
    const encrypt = keychain.encrypt;
    keychain.encrypt = (plain) => {
      seen.push(Buffer.from(plain));
      return encrypt(plain);
    };
    const dataKey = randomBytes(32);
    const wrap = wrapWithKeychain(dataKey, keychain);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.equals(dataKey)).toBe(false);
    const keyFile = { keychain: wrap } as KeyFile;
    expect(unwrapWithKeychain(keyFile, keychain)?.equals(dataKey)).toBe(true);
  });

  it('sealed blobs are bound to their label: a passphrase wrap cannot pose as a recovery wrap', () => {
    const key = randomBytes(32);
    const secret = randomBytes(32);
    const sealed = seal(key, secret, 'mend-key-v1:passphrase');
    expect(open(key, sealed, 'mend-key-v1:passphrase')?.equals(secret)).toBe(true);
    expect(open(key, sealed, 'mend-key-v1:recovery')).toBeNull();
    expect(open(randomBytes(32), sealed, 'mend-key-v1:passphrase')).toBeNull();
  });
});
