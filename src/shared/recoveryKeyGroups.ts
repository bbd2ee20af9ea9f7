/**
 * Which group of a typed recovery key cannot be right, before anything is sent: 8 groups of
 * 4 characters from Crockford's base32 (no I, L, O, U; the look-alikes O, I and L are read as
 * 0 and 1, as main reads them). Only the key's shape is checked, never its value.
 */

const ALPHABET = /^[0-9A-HJKMNP-TV-Z]$/;
export const KEY_GROUPS = 8;
export const GROUP_LENGTH = 4;

const fold = (text: string): string => text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');

/** A sentence naming the first group that cannot be right, or null when the shape is fine. */
export function recoveryKeyProblem(typed: string): string | null {
  const groups = typed
    .trim()
    .split(/[\s-]+/)
    .filter((group) => group !== '');
  // Typed without dashes: cut it into groups of four to name the place.
  const parts =
    groups.length === 1 && (groups[0]?.length ?? 0) > GROUP_LENGTH
      ? (groups[0]?.match(/.{1,4}/g) ?? [])
      : groups;
  for (const [index, group] of parts.entries()) {
    const bad = [...fold(group)].find((char) => !ALPHABET.test(char));
    if (bad !== undefined)
      return `Group ${index + 1} (“${group}”) has “${bad}”, which is never in a recovery key. Check that group on your copy.`;
    if (group.length !== GROUP_LENGTH)
      return `Group ${index + 1} (“${group}”) has ${group.length} characters; each group has ${GROUP_LENGTH}. Check that group on your copy.`;
  }
  if (parts.length !== KEY_GROUPS)
    return `A recovery key has ${KEY_GROUPS} groups of ${GROUP_LENGTH}; this has ${parts.length}. Check your copy for a missing group.`;
  return null;
}
