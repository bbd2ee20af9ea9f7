import { z } from 'zod';

/**
 * What the application menu (and its shortcuts) asks the renderer to do. Main only names
 * the command; the renderer decides where that leads, because it owns the screens.
 */
export const AppCommand = z.enum(['new-entry', 'search', 'export', 'lock', 'preferences', 'safety']);
export type AppCommand = z.infer<typeof AppCommand>;

export const desktopEvents = {
  'app.command': z.object({ command: AppCommand }).strict(),
} as const;
