import { z } from 'zod';

export const TrackId = z.enum(['broke-trust', 'was-hurt']);
export type TrackId = z.infer<typeof TrackId>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  tracks: z.array(z.object({ id: TrackId, title: z.string(), tagline: z.string() })),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app.info': { input: z.undefined(), output: AppInfo },
  /**
   * The window says the person is here (a key, a click, a scroll; sent at most every few
   * seconds). Main locks by itself when it stops hearing this for the auto-lock period.
   */
  'app.activity': { input: z.undefined(), output: z.null() },
} as const;
