import { z } from 'zod';
import { Secret, SecretMethod } from './vault';

/**
 * Contract pieces for several private journals in one data folder (docs/security.md,
 * "Journals"). Every channel here works while every journal is locked: it is how a person
 * picks, creates or removes one. None of them ever returns anything from inside a journal.
 */

/** A name the person chose. Control characters would make a name look like another. */
export const JournalName = z
  .string()
  .trim()
  .min(1, 'a name is needed')
  .max(60, 'at most 60 characters')
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(name), 'no control characters');

export const JournalId = z.string().regex(/^[0-9a-f]{16}$/, 'not a journal id');

export const JournalSummary = z.object({ id: JournalId, name: z.string() });
export type JournalSummary = z.infer<typeof JournalSummary>;

export const JournalList = z.object({
  /** Every journal on this computer account, in a fixed order that reveals nothing. */
  journals: z.array(JournalSummary),
  /**
   * The journal the window works with, or null when the person must choose. A journal that
   * is being created (no passphrase yet) is current but not yet in `journals`.
   */
  current: JournalSummary.nullable(),
});
export type JournalList = z.infer<typeof JournalList>;

/** What removing a journal erases, counted before anything is touched. */
export const RemovalPlan = z.object({
  name: z.string(),
  backups: z.number().int().min(0),
  damagedCopies: z.number().int().min(0),
});
export type RemovalPlan = z.infer<typeof RemovalPlan>;

export const journalsContract = {
  'journals.list': { input: z.undefined(), output: JournalList },
  /** Works with one journal (it must not be open: lock first). */
  'journals.choose': { input: z.object({ id: JournalId }).strict(), output: JournalList },
  /**
   * Back to the chooser. An open journal is locked first (the window saved its editors
   * before asking); the window then reloads.
   */
  'journals.leave': { input: z.undefined(), output: JournalList },
  /**
   * Starts a new journal (locking an open one first): the window then shows first setup for
   * it (its own passphrase and recovery key). Nothing is written until that passphrase is set.
   */
  'journals.create': { input: z.object({ name: JournalName.optional() }).strict(), output: JournalList },
  'journals.rename': {
    input: z.object({ id: JournalId, name: JournalName }).strict(),
    output: JournalList,
  },
  'journals.removalPlan': { input: z.object({ id: JournalId }).strict(), output: RemovalPlan },
  /** Erases a journal's folder; needs that journal's passphrase or recovery key. */
  'journals.remove': {
    input: z.object({ id: JournalId, method: SecretMethod, secret: Secret }).strict(),
    output: JournalList,
  },
} as const;
