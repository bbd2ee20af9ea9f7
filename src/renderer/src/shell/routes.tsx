import type { ReactNode } from 'react';
import { JournalScreen } from '../journal/JournalScreen';
import { ExportScreen } from '../export/ExportScreen';
import { Home } from '../home/Home';
import { TrackerScreen } from '../tracker/TrackerScreen';
import { ProgramRoute } from '../program/ProgramRoute';
import { SettingsScreen } from '../settings/SettingsScreen';

/**
 * The unlocked screens. Each feature adds one entry; the shell draws the navigation from
 * this list and hands a screen the rest of the path (e.g. `['step', 'bt-1']`).
 */
export interface NavRoute {
  /** First path segment; '' is home. */
  path: string;
  label: string;
  render(rest: string[]): ReactNode;
}

export const ROUTES: readonly NavRoute[] = [
  { path: '', label: 'Home', render: () => <Home /> },
  { path: 'program', label: 'Program', render: (rest) => <ProgramRoute rest={rest} /> },
  { path: 'journal', label: 'Journal', render: (rest) => <JournalScreen rest={rest} /> },
  { path: 'checkin', label: 'Check-in', render: () => <TrackerScreen /> },
  { path: 'export', label: 'Export', render: () => <ExportScreen /> },
  { path: 'settings', label: 'Settings', render: () => <SettingsScreen /> },
];

export function findRoute(segments: readonly string[]): { route: NavRoute; rest: string[] } {
  const [first = '', ...rest] = segments;
  const route = ROUTES.find((candidate) => candidate.path === first);
  const home = ROUTES[0];
  if (route !== undefined) return { route, rest };
  if (home === undefined) throw new Error('No home route');
  return { route: home, rest: [] };
}
