import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Allowlist,
  judge,
  loadAllowlist,
  REPO_ROOT,
  scan,
  type AllowEntry,
  type Finding,
} from '../../../scripts/electronegativity';
import { makeTempDir } from '../../harness/core';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'src/main/index.ts',
  line: 10,
  column: 2,
  severity: 'MEDIUM',
  description: 'Use sandbox for untrusted origins',
  ...overrides,
});

const entry = (overrides: Partial<AllowEntry> = {}): AllowEntry => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'src/main/index.ts',
  reason: 'The options come from a function the tool cannot follow; a unit test asserts them.',
  ...overrides,
});

describe('the Electronegativity gate', () => {
  it('fails on an unexplained finding of medium severity or higher', () => {
    expect(judge([finding()], [], []).passed).toBe(false);
    expect(judge([finding({ severity: 'HIGH' })], [], []).unexplained).toHaveLength(1);
  });

  it('lets low and informational findings through', () => {
    const verdict = judge([finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })], [], []);
    expect(verdict).toMatchObject({ passed: true, unexplained: [] });
  });

  it('passes a finding the allowlist explains for that check and file only', () => {
    expect(judge([finding()], [], [entry()]).passed).toBe(true);
    const otherFile = judge([finding({ file: 'src/main/other.ts' })], [], [entry()]);
    expect(otherFile.passed).toBe(false);
    expect(otherFile.unexplained).toHaveLength(1);
    expect(otherFile.stale).toEqual([entry()]);
  });

  it('fails on an allowlist entry that matches nothing any more', () => {
    expect(judge([], [], [entry()])).toMatchObject({ passed: false, stale: [entry()] });
  });

  it('fails when a file could not be parsed, because it was not checked', () => {
    expect(judge([], [{ file: 'src/x.ts', message: 'Unexpected token' }], []).passed).toBe(false);
  });

  it('refuses allowlist entries without a real reason', () => {
    expect(Allowlist.safeParse({ allow: [{ check: 'X', file: 'y', reason: 'n/a' }] }).success).toBe(false);
    expect(Allowlist.safeParse({ allow: [{ check: 'X', file: 'y' }] }).success).toBe(false);
  });

  it('keeps an allowlist whose entries name files that exist', () => {
    for (const allowed of loadAllowlist())
      expect(existsSync(join(REPO_ROOT, allowed.file)), allowed.file).toBe(true);
  });
});

describe('the real scan', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  const connections: string[] = [];
  const connect = net.Socket.prototype.connect;

  beforeAll(async () => {
    dir = await makeTempDir('mend-electronegativity-');
    await writeFile(
      join(dir.path, 'main.js'),
      `const { BrowserWindow } = require('electron');
       new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });`,
    );
    // Any socket the tool opens is recorded and refused.
    net.Socket.prototype.connect = function refuse(this: net.Socket, ...args: unknown[]) {
      connections.push(JSON.stringify(args[0]));
      throw new Error('network used during the scan');
    } as typeof connect;
  });
  afterAll(async () => {
    net.Socket.prototype.connect = connect;
    await dir.remove();
  });

  it('finds an insecure window, fails the gate, and never touches the network', async () => {
    const { findings, unparsed } = await scan(dir.path);
    const checks = findings.map((found) => found.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
      ]),
    );
    expect(unparsed).toEqual([]);
    expect(judge(findings, unparsed, []).passed).toBe(false);
    expect(connections).toEqual([]);
  }, 60_000);
});
