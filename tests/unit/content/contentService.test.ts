import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MendError } from '../../../src/shared/errors';
import { loadContentService } from '../../../src/main/services/contentService';
import { createTestMend, makeTempDir, RESOURCES_DIR, trustedSender } from '../../harness/core';
import { loadProgram, stepAt, stepById, withChange } from './programTestKit';

/** Main loads the program through the content rules, and sends the welcome screen only a little. */
describe('the content service and app.info', () => {
  it('loads and serves the validated program from resources/', async () => {
    const program = (await loadContentService(RESOURCES_DIR)).program();
    expect(program.tracks.flatMap((track) => track.steps)).toHaveLength(11);
    expect(stepById(program, 'bt-1-honesty').prompts[0]?.id).toBe('bt-1-honesty.p1');
  });

  it('refuses a program file that breaks a content rule, as DAMAGED', async () => {
    const dir = await makeTempDir();
    try {
      const broken = await withChange((p) => void (stepAt(p, 0, 0).prompts.length = 2));
      await mkdir(join(dir.path, 'content', 'en'), { recursive: true });
      await writeFile(join(dir.path, 'content', 'en', 'program.json'), JSON.stringify(broken));
      const loading = loadContentService(dir.path);
      await expect(loading).rejects.toBeInstanceOf(MendError);
      await expect(loading).rejects.toMatchObject({ code: 'DAMAGED' });
    } finally {
      await dir.remove();
    }
  });

  it('still answers app.info with only id, title and tagline per track', async () => {
    const dir = await makeTempDir();
    const mend = await createTestMend(dir.path);
    try {
      const program = await loadProgram();
      const result = await mend.dispatch('app.info', undefined, trustedSender);
      // Exact objects: the steps and descriptions stay in main, out of the welcome payload.
      expect(result).toEqual({
        ok: true,
        value: expect.objectContaining({
          tracks: program.tracks.map(({ id, title, tagline }) => ({ id, title, tagline })),
        }),
      });
    } finally {
      await mend.dispose();
      await dir.remove();
    }
  });
});
