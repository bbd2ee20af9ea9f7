import { join } from 'node:path';
import type { Mend } from '../../src/main/createMend';
import type { Envelope } from '../../src/shared/ipc/envelope';
import type { PdfPrinter } from '../../src/main/export/exportPorts';
import { createTestMend, makeTempDir, setUpVault, trustedSender, type TestMendOverrides } from './core';
import {
  givenSaveTarget,
  recordingRevealer,
  type GivenSaveTarget,
  type RecordingRevealer,
} from './testSaveTarget';
import { writeJournal } from './writtenJournal';

export type TempDir = Awaited<ReturnType<typeof makeTempDir>>;

export interface TestMend {
  /** The temp folder; `closeTestMend` removes it. */
  dir: TempDir;
  mend: Mend;
}

/**
 * The unit tests' one temp-vault setup: a temp folder with the real composition root over it
 * (`createTestMend`), nothing set up yet (first-run and damage tests). With `subfolder`, the
 * data folder is that folder inside the temp one, so an export can be saved beside it (Mend
 * refuses to save exports inside its data folder).
 */
export async function openTestMend(
  overrides: TestMendOverrides = {},
  prefix?: string,
  subfolder?: string,
): Promise<TestMend> {
  const dir = await makeTempDir(prefix);
  const dataDir = subfolder === undefined ? dir.path : join(dir.path, subfolder);
  return { dir, mend: await createTestMend(dataDir, overrides) };
}

/** `openTestMend` with the vault created and its recovery key confirmed: unlocked, as after setup. */
export async function openTestVault(
  overrides: TestMendOverrides = {},
  prefix?: string,
  subfolder?: string,
): Promise<TestMend & { recoveryKey: string }> {
  const opened = await openTestMend(overrides, prefix, subfolder);
  return { ...opened, recoveryKey: await setUpVault(opened.mend) };
}

/** Closes Mend (locking the vault) and removes the temp folder. */
export async function closeTestMend({ dir, mend }: TestMend): Promise<void> {
  await mend.dispose();
  await dir.remove();
}

/**
 * Calls through the real dispatcher as the trusted window: `call` answers the envelope,
 * `value` the value (or throws with the error's code and message). `mend()` is read at each
 * call, so a test that restarts Mend keeps its helpers.
 */
export function callsInto(mend: () => Mend): {
  call(channel: string, input?: unknown): Promise<Envelope<unknown>>;
  value<T>(channel: string, input?: unknown): Promise<T>;
} {
  const call = (channel: string, input?: unknown) => mend().dispatch(channel, input, trustedSender);
  return {
    call,
    async value<T>(channel: string, input?: unknown): Promise<T> {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
  };
}

export interface ExportTestVault extends TestMend {
  saveTarget: GivenSaveTarget;
  revealer: RecordingRevealer;
}

/**
 * The export tests' vault: Mend over `data/` inside the temp folder (exports are saved beside
 * it, since Mend refuses its own data folder), with the test's printer, a given save target
 * and a recording file manager; set up unless `setUp` is false, and holding the sample
 * journal (`writeJournal`) when `written`.
 */
export async function openExportVault(
  printer: PdfPrinter,
  options: { prefix: string; now: number; setUp?: boolean; written?: boolean },
): Promise<ExportTestVault> {
  const saveTarget = givenSaveTarget();
  const revealer = recordingRevealer();
  const overrides = { now: () => options.now, exportPorts: { printer, saveTarget, revealer } };
  const opened = await openTestMend(overrides, options.prefix, 'data');
  if (options.setUp !== false) await setUpVault(opened.mend);
  if (options.written === true) await writeJournal(opened.mend);
  return { ...opened, saveTarget, revealer };
}
