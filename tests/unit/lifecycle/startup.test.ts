import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseDataDir, DATA_DIR_ENV } from '../../../src/main/lifecycle/dataFolder';
import { startOrExplain, startupFailureWords, type StartupFailurePorts } from '../../../src/main/lifecycle/startupFailure';
import { MendError } from '../../../src/shared/errors';
import { createTestMend, makeTempDir, RESOURCES_DIR } from '../../harness/core';

/** Item 4 (issue 16): a start-up failure explains itself and quits; unpackaged builds take MEND_DATA_DIR. */

function recordingPorts() {
  const seen: { shown: [string, string][]; exits: number[]; logs: string[] } = { shown: [], exits: [], logs: [] };
  const ports: StartupFailurePorts = {
    showError: (title, message) => seen.shown.push([title, message]),
    exit: (code) => seen.exits.push(code),
    log: (line) => seen.logs.push(line),
  };
  return { ports, seen };
}

describe('a start-up failure', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('mend-startup-');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('damaged program content: createMend throws, and the person sees a plain dialog, then Mend exits', async () => {
    const resources = join(temp.path, 'resources');
    await cp(RESOURCES_DIR, resources, { recursive: true });
    await writeFile(join(resources, 'content', 'en', 'program.json'), '{ "version": 1, "tracks": [');
    const { ports, seen } = recordingPorts();
    const started = await startOrExplain(
      () => createTestMend(join(temp.path, 'data'), { resourcesDir: resources }),
      ports,
    );
    expect(started).toBeNull();
    expect(seen.exits).toEqual([1]);
    expect(seen.shown).toHaveLength(1);
    const [title, message] = seen.shown[0] ?? ['', ''];
    expect(title).toBe('Mend could not start');
    expect(message).toContain("Some of Mend's own files are damaged or missing.");
    expect(message).toContain('Your journal has not been changed.');
    expect(message).not.toMatch(/program\.json|at |Error|\//);
    expect(seen.logs).toEqual(['[mend] start-up failed: DAMAGED']);
  });

  it('a start that works shows nothing and exits nowhere', async () => {
    const { ports, seen } = recordingPorts();
    expect(await startOrExplain(async () => 'mend', ports)).toBe('mend');
    expect(seen).toEqual({ shown: [], exits: [], logs: [] });
  });

  it('still exits when the dialog itself fails', async () => {
    const { ports, seen } = recordingPorts();
    ports.showError = () => {
      throw new Error('no display');
    };
    await expect(
      startOrExplain(async () => {
        throw new TypeError('boom');
      }, ports),
    ).rejects.toThrow('no display');
    expect(seen.exits).toEqual([1]);
  });

  it('names the cause in words, never a stack or a path', () => {
    const words = (error: unknown) => startupFailureWords(error).message;
    expect(words(Object.assign(new Error('EACCES: /home/x'), { code: 'EACCES' }))).toContain('not allowed to use its data folder');
    expect(words(new MendError('DISK_FULL', 'x'))).toContain('The disk is full.');
    expect(words(new MendError('DAMAGED', 'settings', { file: 'settings' }))).toContain('Something went wrong');
    expect(words('weird')).toContain('Something went wrong while Mend was starting.');
    for (const error of [new Error('/secret/path'), new MendError('DAMAGED', 'x', { file: 'content' })]) {
      expect(words(error)).not.toContain('/');
    }
  });
});

describe('chooseDataDir', () => {
  const userDataDir = '/home/a/.config/Mend';
  it('uses MEND_DATA_DIR only in an unpackaged build', () => {
    expect(chooseDataDir({ packaged: false, env: { [DATA_DIR_ENV]: '/tmp/spec-1' }, userDataDir })).toBe('/tmp/spec-1');
    expect(chooseDataDir({ packaged: true, env: { [DATA_DIR_ENV]: '/tmp/spec-1' }, userDataDir })).toBe(join(userDataDir, 'vault'));
    expect(chooseDataDir({ packaged: false, env: {}, userDataDir })).toBe(join(userDataDir, 'vault'));
    expect(chooseDataDir({ packaged: false, env: { [DATA_DIR_ENV]: '' }, userDataDir })).toBe(join(userDataDir, 'vault'));
  });
  it('refuses a relative folder', () => {
    expect(() => chooseDataDir({ packaged: false, env: { [DATA_DIR_ENV]: 'data' }, userDataDir })).toThrow(DATA_DIR_ENV);
  });
});
