import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdownFiles, slugOf } from '../../../src/main/export/markdownFiles';
import { writeExportFolder } from '../../../src/main/export/writeExportFolder';
import { documentFromArchive } from '../../../src/shared/export/documentFromArchive';
import { selectForExport } from '../../../src/shared/export/selectForExport';
import { loadProgram, sampleArchive, SAMPLE_TODAY, SCRIPT_SAMPLES } from '../../harness/exportSamples';
import { makeTempDir } from '../../harness/core';
import { ALL, entry, sampleDocument } from './fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('mend-md-');
});
afterEach(async () => {
  await temp.remove();
});

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    if (item.isDirectory()) found.push(...(await filesUnder(join(dir, item.name), `${prefix}${item.name}/`)));
    else found.push(`${prefix}${item.name}`);
  }
  return found.sort();
}

describe('the Markdown export', () => {
  it('has a README, one file per step with notes and one per entry, with front matter', async () => {
    const program = await loadProgram();
    const document = selectForExport(
      documentFromArchive({ program, archive: sampleArchive(), selection: ALL, generatedOn: SAMPLE_TODAY }),
      ALL,
    );
    const files = markdownFiles(document);
    expect(files.map((f) => f.path)).toEqual([
      'README.md',
      'steps/broke-trust/01-tell-the-whole-truth.md',
      'steps/broke-trust/02-expect-a-strong-reaction.md',
      'steps/was-hurt/01-let-your-anger-be-heard-and-loosen-its-grip-in-you.md',
      'entries/2026-01-05-the-first-night.md',
      'entries/2026-01-19.md',
      'entries/2026-02-02-two-languages.md',
      'entries/2026-02-15-what-i-typed-into-the-app.md',
      'entries/2026-03-01-a-long-evening.md',
      'entries/2026-03-20-small-things.md',
      'tracker.md',
    ]);
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    expect(byPath.get('README.md')).toContain('**This file is not encrypted.**');
    expect(byPath.get('entries/2026-01-05-the-first-night.md')).toBe(
      '---\ndate: "2026-01-05"\ntitle: "The first night"\ntags: ["hard","honesty"]\nstep: "Tell the whole truth"\n---\n\n' +
        '# The first night\n\nI could not sleep. I wrote this at the kitchen table.\n\n- I told the truth\n- I did not argue\n- I listened\n',
    );
    expect(byPath.get('entries/2026-01-19.md')).toContain(SCRIPT_SAMPLES.chinese);
    const step = byPath.get('steps/broke-trust/01-tell-the-whole-truth.md') ?? '';
    expect(step).toMatch(
      /^---\ntype: "step"\ntrack: "I broke trust"\nstep: 1\ntitle: "Tell the whole truth"\nstatus: "done"\n---\n/,
    );
    expect(step).toContain(`Note in Chinese: ${SCRIPT_SAMPLES.chinese}`);
    expect(step).toContain('### [x] What happened · 10 Jan 2026\n\nThe messages, and how long it went on.');
  });

  it('quotes any title safely and gives files of the same name distinct paths', () => {
    const document = sampleDocument();
    document.entries = [
      { ...entry('a', '2026-01-01'), title: 'Same: "quoted"\nnew line' },
      { ...entry('b', '2026-01-01'), title: 'Same: "quoted"\nnew line' },
      { ...entry('c', '2026-01-01'), title: null },
    ];
    const files = markdownFiles(selectForExport(document, ALL)).filter((f) => f.path.startsWith('entries/'));
    expect(files.map((f) => f.path)).toEqual([
      'entries/2026-01-01-same-quoted-new-line.md',
      'entries/2026-01-01-same-quoted-new-line-2.md',
      'entries/2026-01-01.md',
    ]);
    expect(files[0]?.content).toContain('title: "Same: \\"quoted\\"\\nnew line"');
    expect(slugOf('Ça déjà vu — 今天')).toBe('ca-deja-vu');
  });

  it('writes the folder all at once, next to (never over) an existing one', async () => {
    const files = [
      { path: 'README.md', content: 'readme' },
      { path: 'entries/2026-01-01.md', content: 'entry' },
    ];
    await mkdir(join(temp.path, 'Mend export 2026-03-31'));
    await writeFile(join(temp.path, 'Mend export 2026-03-31', 'mine.txt'), 'keep me');
    const name = await writeExportFolder(temp.path, 'Mend export 2026-03-31', files);
    expect(name).toBe('Mend export 2026-03-31 (2)');
    expect(await filesUnder(join(temp.path, name))).toEqual(['README.md', 'entries/2026-01-01.md']);
    expect(await readFile(join(temp.path, name, 'entries/2026-01-01.md'), 'utf8')).toBe('entry');
    expect(await readFile(join(temp.path, 'Mend export 2026-03-31', 'mine.txt'), 'utf8')).toBe('keep me');
    expect((await readdir(temp.path)).sort()).toEqual([
      'Mend export 2026-03-31',
      'Mend export 2026-03-31 (2)',
    ]);
  });

  it('leaves nothing behind when a file cannot be written', async () => {
    const clash = [
      { path: 'a.md', content: 'one' },
      { path: 'a.md', content: 'two' },
    ];
    await expect(writeExportFolder(temp.path, 'Broken', clash)).rejects.toThrow();
    expect(await readdir(temp.path)).toEqual([]);
  });
});

describe('the Markdown tracker file', () => {
  it('holds a daily table with every check-in, its repair answer and its note, pipes kept in their cell', async () => {
    const program = await loadProgram();
    const archive = sampleArchive();
    const first = archive.checkins.find((checkin) => checkin.track === 'broke-trust');
    if (first?.track === 'broke-trust') first.note = 'A | pipe\nand a second line';
    const document = selectForExport(
      documentFromArchive({ program, archive, selection: ALL, generatedOn: SAMPLE_TODAY }),
      ALL,
    );
    const tracker = markdownFiles(document).find((file) => file.path === 'tracker.md')?.content ?? '';
    expect(tracker).toContain('### Day by day');
    expect(tracker).toContain('| Day | Self-forgiveness | Past took over | Kindness | Toward repair | Note |');
    expect(tracker).toContain('Answered every question without getting defensive.');
    expect(tracker).toContain('Slept badly, and still kept the walk we planned.');
    expect(tracker).toContain('A \\| pipe and a second line');
    const rows = tracker.split('\n').filter((line) => /^\| \d+ \w{3} 2026 \|/.test(line));
    const days = new Set(archive.checkins.map((checkin) => `${checkin.track}:${checkin.date}`)).size;
    expect(rows).toHaveLength(days);
    // Word scales are words in the table, too.
    expect(tracker).toMatch(/\| (never|sometimes|often|constantly) \|/);
  });
});
