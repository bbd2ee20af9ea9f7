import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHelplineFile } from '../../../src/main/helplines/helplineService';
import {
  CAVEATS,
  countryOfLocale,
  crisisLines,
  HelplineFile,
  helplineGroups,
  HelplineRegion,
  IF_CLOSED,
  nameAndArea,
  openingHours,
  regionForCountry,
  textLine,
  type HelplineLine,
} from '../../../src/shared/helplines';
import { MendError } from '../../../src/shared/errors';
import { makeTempDir, RESOURCES_DIR } from '../../harness/core';

const FILE = join(RESOURCES_DIR, 'helplines', 'helplines.json');

async function raw(): Promise<{ checked: string; entries: Record<string, unknown>[] }> {
  return JSON.parse(await readFile(FILE, 'utf8')) as { checked: string; entries: Record<string, unknown>[] };
}

async function file(): Promise<HelplineFile> {
  return HelplineFile.parse(await raw());
}

function linesOf(groups: ReturnType<typeof helplineGroups>): HelplineLine[] {
  return groups.flatMap((group) => group.lines);
}

describe('the bundled helplines file', () => {
  it('validates against the schema', async () => {
    const result = HelplineFile.safeParse(await raw());
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has an emergency number for every region, shown first', async () => {
    const helplines = await file();
    for (const region of HelplineRegion.options) {
      const groups = helplineGroups(helplines, region);
      expect(groups[0]?.kind, region).toBe('emergency');
      expect(groups[0]?.lines[0]?.call, region).toMatch(/^call [0-9]/);
    }
  });

  it('shows 988 and 1-800-799-7233 with "text START to 88788" on the US page', async () => {
    const lines = linesOf(helplineGroups(await file(), 'US'));
    expect(lines.map((line) => line.call)).toEqual(
      expect.arrayContaining(['call 911', 'call 988', 'call 1-800-799-7233']),
    );
    const hotline = lines.find(
      (line) => line.call === 'call 1-800-799-7233' && line.kind === 'abuse-victims',
    );
    expect(hotline?.text).toBe('text START to 88788');
    expect(crisisLines(await file(), 'US').map((line) => line.call ?? line.text)).toEqual([
      'call 988',
      'text HOME to 741741',
    ]);
  });

  it('never offers a text-only service as a call, anywhere', async () => {
    const helplines = await file();
    const textOnly = helplines.entries.filter((entry) => entry.number === null);
    expect(textOnly.length).toBeGreaterThan(3);
    for (const region of HelplineRegion.options) {
      for (const line of linesOf(helplineGroups(helplines, region))) {
        const entry = helplines.entries.find(
          (candidate) => nameAndArea(candidate.name).name === line.name && candidate.country === region,
        );
        if (entry?.number === null) {
          expect(line.call, line.name).toBeNull();
          expect(line.text, line.name).toMatch(/^(text|SMS|WhatsApp) /);
        }
        // Any call line names a number, never a keyword.
        if (line.call !== null) expect(line.call).toMatch(/^call [0-9][0-9 -]*$/);
      }
    }
  });

  it('writes text lines as "text HOME to 741741", never as something to call', () => {
    expect(textLine('Text HOME to 741741')).toBe('text HOME to 741741');
    expect(textLine('988')).toBe('text 988');
    expect(textLine('310-1818 (text; standard messaging rates)')).toBe(
      'text 310-1818 (standard messaging rates)',
    );
    expect(textLine('SMS 31393 (a counsellor calls back)')).toBe('SMS 31393 (a counsellor calls back)');
  });

  it('keeps unconfirmed lines only with their caveat, after the confirmed ones', async () => {
    const helplines = await file();
    for (const region of HelplineRegion.options) {
      for (const group of helplineGroups(helplines, region)) {
        const firstCaveat = group.lines.findIndex((line) => line.caveat !== null);
        if (firstCaveat >= 0)
          expect(group.lines.slice(firstCaveat).every((line) => line.caveat !== null)).toBe(true);
      }
    }
    const perpetrators = linesOf(helplineGroups(helplines, 'US')).find(
      (line) => line.kind === 'abuse-perpetrators',
    );
    expect(perpetrators?.caveat).toMatch(/in only one place/);
    const nz = linesOf(helplineGroups(helplines, 'NZ')).find((line) => line.name.startsWith('Shine'));
    expect(nz?.caveat).toMatch(/different details/);
    // Said as a person would say it, not as a research note.
    for (const caveat of Object.values(CAVEATS))
      expect(caveat).not.toMatch(/source|when this list was checked/i);
  });

  it("labels Canada's provincial abuse lines as such", async () => {
    const abuse = helplineGroups(await file(), 'CA').find((group) => group.kind === 'abuse-victims');
    expect(abuse?.lines.map((line) => line.area)).toEqual(['Alberta only', 'Quebec only', 'Ontario only']);
  });

  it('says the area of a regional line once, never "(Scotland) (Scotland only)"', async () => {
    const helplines = await file();
    const scotland = linesOf(helplineGroups(helplines, 'GB')).find((line) => line.area === 'Scotland only');
    expect(scotland?.name).toBe("Scotland's Domestic Abuse and Forced Marriage Helpline");
    const alberta = linesOf(helplineGroups(helplines, 'CA')).find((line) => line.area === 'Alberta only');
    expect(alberta?.name).toBe('Family Violence Info Line');
    expect(nameAndArea('Samaritans')).toEqual({ name: 'Samaritans', area: null });
    expect(nameAndArea('A line (Wales) for men')).toEqual({ name: 'A line for men', area: 'Wales only' });
    for (const region of HelplineRegion.options) {
      for (const line of linesOf(helplineGroups(helplines, region))) {
        if (line.area === null) continue;
        const place = line.area.replace(/ only$/, '');
        expect(line.name, line.name).not.toContain(`(${place}`);
      }
    }
  });

  it('says plainly when a line may be closed, and points to the lines open day and night', async () => {
    expect(openingHours('24/7')).toEqual({ opening: 'Open day and night', ifClosed: null });
    expect(openingHours('Not 24/7 — weekday hours (current hours not confirmed)')).toEqual({
      opening: 'Not open all the time: weekdays only, exact times unknown',
      ifClosed: IF_CLOSED,
    });
    expect(openingHours('Not 24/7 — office hours (exact hours not confirmed)').opening).toBe(
      'Not open all the time: office hours only, exact times unknown',
    );
    expect(openingHours('Not 24/7 (current hours not confirmed)').opening).toBe(
      'Not open all the time, exact times unknown',
    );
    expect(openingHours('Not confirmed').opening).toBe(
      'Opening times unknown: it may not be open all the time',
    );
    // Sources that disagree: "may not" only while one of them says round the clock.
    expect(openingHours('Conflicting: 24h vs 8am–8pm').opening).toBe(
      'May not be open all the time, exact times unknown',
    );
    expect(
      openingHours('Conflicting: 9am–7pm 7/7 (AFP, Apr 2020) vs 10am–7pm (Gendarmerie, Dec 2020)').opening,
    ).toBe('Not open all the time, exact times unknown');
    expect(openingHours('Mon–Thu 8am–8pm, Fri 8am–3pm')).toEqual({
      opening: 'Open Mon–Thu 8am–8pm, Fri 8am–3pm',
      ifClosed: null,
    });
    expect(IF_CLOSED).toMatch(/open day and night/);

    // Every line in the file: no research notes reach the page, and every line whose hours
    // are not known points to the lines that are always open.
    const helplines = await file();
    for (const entry of helplines.entries) {
      const { opening, ifClosed } = openingHours(entry.hours);
      expect(opening, entry.hours).not.toMatch(/confirm|conflict|source|\bvs\b|govt|directory|e\.g\./i);
      if (/confirm|conflict|varies/i.test(entry.hours)) expect(ifClosed, entry.hours).toBe(IF_CLOSED);
      if (entry.hours === '24/7') expect(ifClosed).toBeNull();
    }
    const gb = linesOf(helplineGroups(helplines, 'GB'));
    expect(gb.find((line) => line.name === 'Respect Phoneline')?.opening).toBe(
      'Not open all the time: office hours only, exact times unknown',
    );
  });

  it('uses the EU numbers only as a fallback, for an EU country without its own list', () => {
    expect(regionForCountry('DE')).toBe('DE');
    expect(regionForCountry('it')).toBe('EU');
    expect(regionForCountry('UK')).toBe('GB');
    expect(regionForCountry('JP')).toBeNull();
    expect(regionForCountry(null)).toBeNull();
    expect(countryOfLocale('en-GB')).toBe('GB');
    expect(countryOfLocale('de-DE')).toBe('DE');
    expect(countryOfLocale('en-AU')).toBe('AU');
    expect(countryOfLocale('not a locale')).toBeNull();
  });

  it('refuses a file with a region missing its emergency number, or a number with letters', async () => {
    const noEmergency = await raw();
    noEmergency.entries = noEmergency.entries.filter(
      (e) => !(e['country'] === 'AU' && e['kind'] === 'emergency'),
    );
    expect(HelplineFile.safeParse(noEmergency).error?.issues.map((issue) => issue.message)).toEqual([
      'AU has no emergency number',
    ]);
    const letters = await raw();
    const first = letters.entries[0];
    if (first) first['number'] = '1-800-SAFE';
    expect(HelplineFile.safeParse(letters).success).toBe(false);
  });

  it('stops start-up with DAMAGED when the file is broken, as the program content does', async () => {
    const dir = await makeTempDir();
    try {
      await mkdir(join(dir.path, 'helplines'));
      await writeFile(
        join(dir.path, 'helplines', 'helplines.json'),
        JSON.stringify({ checked: 'soon', entries: [] }),
      );
      await expect(loadHelplineFile(dir.path)).rejects.toBeInstanceOf(MendError);
      await expect(loadHelplineFile(dir.path)).rejects.toMatchObject({ code: 'DAMAGED' });
      expect((await loadHelplineFile(RESOURCES_DIR)).checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await dir.remove();
    }
  });

  it('is the project copy of the shared, sourced list', async () => {
    const shared = '/work/shared/helplines/helplines.json';
    const source = await readFile(shared, 'utf8').catch(() => null);
    // The shared folder exists only on the team's machines; elsewhere the copy stands alone.
    if (source !== null) expect(JSON.parse(source)).toEqual(await raw());
  });
});
