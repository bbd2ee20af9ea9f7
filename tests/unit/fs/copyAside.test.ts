import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyAside } from '../../../src/main/fs/copyAside';
import { makeTempDir } from '../../harness/core';
import { copiesOf, sha256File } from '../../harness/files';

describe('copyAside', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    dir = await makeTempDir('mend-copy-aside-');
  });
  afterEach(async () => {
    await dir.remove();
  });

  it('keeps one copy when the same damaged file is copied aside by racing callers', async () => {
    const file = join(dir.path, 'settings.json');
    await writeFile(file, '{"autoLockMinutes": ');
    const quarantine = join(dir.path, 'damaged');
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => copyAside(file, quarantine, 1_700_000_000_000 + i)),
    );
    const copies = await copiesOf(quarantine, 'settings.json');
    expect(copies).toHaveLength(1);
    expect(new Set(results)).toEqual(new Set(copies));
    expect(await sha256File(copies[0] ?? '')).toBe(await sha256File(file));
  });
});
