import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../harness/core';

/**
 * Issue 15, "five date formats": on screen and in exports a day is written one way, through
 * src/shared/dates.ts: "3 Mar 2026" (in the person's locale), with its weekday "Tuesday,
 * 3 Mar 2026", a month "March 2026". Only chart axes shorten further (src/shared/tracker).
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const SCREENS = [join(REPO_ROOT, 'src/renderer'), join(REPO_ROOT, 'src/main/export')];
/** Each call with its arguments (one level of nested parentheses, enough for these calls). */
const calls = (text: string, name: string) =>
  text.match(new RegExp(`\\b${name}\\((?:[^()]|\\([^()]*\\))*\\)`, 'g')) ?? [];

describe('one date format', () => {
  const files = SCREENS.flatMap(sources).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('no screen formats a date by itself', () => {
    const own = files
      .filter(({ text }) => /toLocaleDateString|toLocaleString\(|Intl\.DateTimeFormat/.test(text))
      .map(({ path }) => relative(REPO_ROOT, path));
    expect(own).toEqual([]);
  });

  it('every day is written with the short month, every weekday in full', () => {
    const odd = files.flatMap(({ path, text }) =>
      [...calls(text, 'formatDay'), ...calls(text, 'formatDayWithWeekday')]
        .filter(
          (call) =>
            !call.includes("month: 'short'") || call.includes('weekday:') || call.includes('year: false'),
        )
        .map((call) => `${relative(REPO_ROOT, path)}: ${call}`),
    );
    expect(odd).toEqual([]);
  });
});
