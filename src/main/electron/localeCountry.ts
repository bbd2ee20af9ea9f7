import { app } from 'electron';
import type { LocaleCountry } from '../helplines/helplineService';

/** The LocaleCountry port over Electron: the two-letter country of the system locale, or null. */
export const electronLocaleCountry: LocaleCountry = () => app.getLocaleCountryCode() || null;
