import { z } from 'zod';
import { HelplineRegion } from '../../helplines';

/**
 * Preferences, kept outside the encrypted journal because some are needed before unlock
 * (auto-lock, theme). They never hold journal text.
 */
const fields = {
  /** Minutes of inactivity before Mend locks itself; null means never. */
  autoLockMinutes: z.number().int().min(1).max(240).nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  textSize: z.enum(['small', 'normal', 'large', 'larger']),
  /** Cover the window with a calm screen while it is in the background or minimized. */
  hideWhenInactive: z.boolean(),
  /** Ask Windows and macOS to keep the window out of screenshots and screen sharing. */
  screenCaptureProtection: z.boolean(),
  /** The country whose helplines the safety page shows first; null follows the system locale. */
  helplineCountry: HelplineRegion.nullable(),
};

export const DEFAULT_SETTINGS = {
  autoLockMinutes: 5,
  theme: 'system',
  textSize: 'normal',
  hideWhenInactive: false,
  screenCaptureProtection: true,
  helplineCountry: null,
} as const;

export const Settings = z.object({
  autoLockMinutes: fields.autoLockMinutes.default(DEFAULT_SETTINGS.autoLockMinutes),
  theme: fields.theme.default(DEFAULT_SETTINGS.theme),
  textSize: fields.textSize.default(DEFAULT_SETTINGS.textSize),
  hideWhenInactive: fields.hideWhenInactive.default(DEFAULT_SETTINGS.hideWhenInactive),
  screenCaptureProtection: fields.screenCaptureProtection.default(DEFAULT_SETTINGS.screenCaptureProtection),
  helplineCountry: fields.helplineCountry.default(DEFAULT_SETTINGS.helplineCountry),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some settings. Built from the plain fields: a patch must never fill in defaults. */
export const SettingsPatch = z.object(fields).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const settingsContract = {
  'settings.get': { input: z.undefined(), output: Settings },
  'settings.update': { input: SettingsPatch, output: Settings },
} as const;

/** Sent after every successful `settings.update`, so the window can follow without a reload. */
export const settingsEvents = {
  'settings.changed': Settings,
} as const;
