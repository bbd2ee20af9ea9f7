/**
 * "No" to every safety-check question, for tests that need the program open and are not
 * about the check itself. Spelled out, so a renamed question fails here instead of
 * passing silently.
 */
export const ALL_NO_SAFETY_ANSWERS = {
  violence: 'no',
  fear: 'no',
  threats: 'no',
  control: 'no',
  pressure: 'no',
} as const;
