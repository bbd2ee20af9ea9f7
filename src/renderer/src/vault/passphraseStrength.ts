/**
 * A rough, offline estimate of how hard a passphrase is to guess, for gentle feedback only.
 * It rewards length and variety and punishes repeats and the most common choices; the real
 * protection is Argon2id, which makes every guess slow.
 */
export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hint: string;
}

const COMMON = ['password', 'passwort', 'qwerty', '123456', 'letmein', 'iloveyou', 'welcome', 'admin', 'mend'];

export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase].length;
  if (length === 0) return { score: 0, label: 'Empty', hint: 'Choose a passphrase only you know.' };
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) pool += 33;
  const unique = new Set(passphrase.toLowerCase()).size;
  let bits = length * Math.log2(Math.max(pool, 2)) * Math.min(1, unique / Math.max(4, length * 0.5));
  if (COMMON.some((word) => passphrase.toLowerCase().includes(word))) bits *= 0.5;
  const words = passphrase.trim().split(/\s+/).filter((w) => w.length >= 3).length;
  if (words >= 4) bits += 10;
  if (length < 8) return { score: 0, label: 'Too short', hint: 'Use at least 8 characters; a few words are easiest.' };
  if (bits < 40) return { score: 1, label: 'Weak', hint: 'Add another word or two.' };
  if (bits < 60) return { score: 2, label: 'Fair', hint: 'Longer is stronger: try four or more words.' };
  if (bits < 80) return { score: 3, label: 'Good', hint: 'A good passphrase. Keep it somewhere safe in your head.' };
  return { score: 4, label: 'Strong', hint: 'A strong passphrase.' };
}
