import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../harness/core';

/** L7 (issue 16): the lint rules that ban serialize/deserialize, crashReporter and autoUpdater fire. */

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('banned APIs', () => {
  it.each([
    ['db.serialize()', 'src/main/db/x.ts', 'export const bytes = (db: { serialize(): Uint8Array }) => db.serialize();\n'],
    ['Database.deserialize()', 'src/main/backup/x.ts', 'export const f = (db: { deserialize(b: Uint8Array): void }) => db.deserialize(new Uint8Array());\n'],
    ['import { crashReporter }', 'src/main/index2.ts', "import { crashReporter } from 'electron';\nexport const c = crashReporter;\n"],
    ['import { autoUpdater }', 'src/main/electron/x.ts', "import { autoUpdater } from 'electron';\nexport const u = autoUpdater;\n"],
    ['electron.crashReporter', 'src/main/electron/y.ts', "import * as electron from 'electron';\nexport const c = electron.crashReporter;\n"],
    ['const { autoUpdater } = electron', 'src/main/electron/z.ts', "import * as electron from 'electron';\nexport const { autoUpdater } = electron;\n"],
    ['in the renderer too', 'src/renderer/src/x.ts', 'export const f = (db: { serialize(): string }) => db.serialize();\n'],
    ['in the bench', 'bench/x.ts', 'export const f = (db: { serialize(): string }) => db.serialize();\n'],
  ])('%s fails lint', async (_label, filePath, code) => {
    expect(await messages(code, filePath)).toHaveLength(1);
  });

  it('leaves similar names alone', async () => {
    const code = 'export const serializeKeyFile = (x: object) => JSON.stringify(x);\nexport const s = serializeKeyFile({});\n';
    expect(await messages(code, 'src/main/vault/x.ts')).toEqual([]);
  });
});
