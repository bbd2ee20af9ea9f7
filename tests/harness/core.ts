import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMend, type Mend, type MendOptions } from '../../src/main/createMend';
import type { SenderContext } from '../../src/main/ipc/senderPolicy';

/** Repository root, found from this file so tests run from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');

/** The origin the harness serves the built renderer on (made up: no network, no port). */
export const TEST_APP_ORIGIN = 'https://app.mend.test';
export const TEST_WINDOW_ID = 1;

export const trustedSender: SenderContext = {
  frameUrl: `${TEST_APP_ORIGIN}/index.html`,
  isMainFrame: true,
  windowId: TEST_WINDOW_ID,
};

export async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export async function makeTempDir(prefix = 'mend-test-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export type TestMendOverrides = Partial<Omit<MendOptions, 'dataDir' | 'policy'>>;

/** The 64 MiB floor: real Argon2id, just quicker than the laptop default. */
export const TEST_ARGON2 = { memoryKiB: 65_536, iterations: 2, parallelism: 1 };
export const TEST_PASSPHRASE = 'quiet river morning 42';

/**
 * The real composition root over a temp data folder, trusting only the harness's window at
 * `appOrigin` (a dev server's origin, as src/main/index.ts trusts under `npm run dev`).
 */
export async function createTestMend(
  dataDir: string,
  overrides: TestMendOverrides = {},
  appOrigin = TEST_APP_ORIGIN,
): Promise<Mend> {
  return createMend({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    version: await packageVersion(),
    policy: { appOrigin, isKnownWindow: (id) => id === TEST_WINDOW_ID },
    argon2: TEST_ARGON2,
    ...overrides,
  });
}

/** Answers the recovery-key check the way a person copying it correctly would. */
export function recoveryAnswers(shown: { recoveryKey: string; confirmGroups: number[] }) {
  const groups = shown.recoveryKey.split('-');
  return shown.confirmGroups.map((index) => ({ index, text: groups[index - 1] ?? '' }));
}

/** Creates a vault through the dispatcher and finishes setup; returns the recovery key. */
export async function setUpVault(mend: Mend, passphrase = TEST_PASSPHRASE): Promise<string> {
  const created = await mend.dispatch('vault.create', { passphrase }, trustedSender);
  if (!created.ok) throw new Error(`vault.create failed: ${created.error.code}`);
  const shown = created.value as { recoveryKey: string; confirmGroups: number[] };
  const confirmed = await mend.dispatch('vault.confirmRecoveryKey', { groups: recoveryAnswers(shown) }, trustedSender);
  if (!confirmed.ok) throw new Error(`vault.confirmRecoveryKey failed: ${confirmed.error.code}`);
  return shown.recoveryKey;
}
