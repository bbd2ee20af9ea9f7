import { z } from 'zod';
import { HelplineFile } from '../../helplines';

/**
 * Helplines are public facts, served to a locked Mend too. The person's own number (a
 * counsellor, a friend) is theirs: it lives in the encrypted vault and needs an unlock.
 */

export const PersonalNumber = z.strictObject({
  /** Who it is: "My counsellor", "Sam". */
  label: z.string().trim().min(1).max(80),
  number: z.string().trim().min(1).max(40),
});
export type PersonalNumber = z.infer<typeof PersonalNumber>;

export const HelplineList = z.object({
  file: HelplineFile,
  /** The country the operating system reports (Electron's getLocaleCountryCode), if any. */
  systemCountry: z.string().nullable(),
});
export type HelplineList = z.infer<typeof HelplineList>;

export const helplinesContract = {
  'helplines.list': { input: z.undefined(), output: HelplineList },
  'helplines.getPersonal': {
    input: z.undefined(),
    output: z.object({ personal: PersonalNumber.nullable() }),
  },
  'helplines.savePersonal': {
    input: z.strictObject({ personal: PersonalNumber.nullable() }),
    output: z.object({ personal: PersonalNumber.nullable() }),
  },
} as const;
