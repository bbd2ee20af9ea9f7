/**
 * `npm run electronegativity`: Doyensec's Electronegativity over `src/`, offline, as a gate.
 *
 * The tool's own exit code is always 0, so this script reads its findings and fails when a
 * finding of MEDIUM severity or higher is not explained in `electronegativity-allow.json`
 * (check id, file, and the reason it does not apply). An allowlist entry that no longer
 * matches anything also fails, so the list cannot quietly outlive the code it excuses; a
 * file the tool could not parse fails too, because it was not checked.
 *
 * Offline: the tool fetches translations and Electron's release list with `got`. A module
 * hook answers every `got` call with "unavailable" before any connection is made, and the
 * release check (the only one that needs the network) is left out.
 *
 * Runs directly on Node 24 (type stripping), so it imports no other TypeScript file.
 */
import { readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ALLOWLIST_PATH = resolve(REPO_ROOT, 'electronegativity-allow.json');

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** MEDIUM and above fail the run unless explained. */
export const FAILING_SEVERITY: Severity = 'MEDIUM';

/** The one global check that downloads Electron's release notes. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  check: string;
  /** Relative to the repository, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  description: string;
}

export interface ParseError {
  file: string;
  message: string;
}

export const AllowEntry = z
  .object({
    check: z.string().min(1),
    file: z.string().min(1),
    reason: z.string().trim().min(30, 'say why the finding does not apply, in a sentence'),
  })
  .strict();
export type AllowEntry = z.infer<typeof AllowEntry>;

export const Allowlist = z.object({ about: z.string().optional(), allow: z.array(AllowEntry) }).strict();

export interface Verdict {
  /** MEDIUM+ findings with no allowlist entry. */
  unexplained: Finding[];
  /** Below MEDIUM and not explained: reported, never failing. */
  minor: Finding[];
  /** Findings an entry explains, with the entry. */
  explained: { finding: Finding; entry: AllowEntry }[];
  /** Entries that match no finding any more. */
  stale: AllowEntry[];
  /** Files the tool could not read: not checked, so not safe. */
  unparsed: ParseError[];
  passed: boolean;
}

const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);
const matches = (entry: AllowEntry, finding: Finding): boolean =>
  entry.check === finding.check && entry.file === finding.file;

/** The gate itself: pure, so its rules are unit-tested on made-up findings. */
export function judge(
  findings: readonly Finding[],
  unparsed: readonly ParseError[],
  allow: readonly AllowEntry[],
): Verdict {
  const unexplained: Finding[] = [];
  const minor: Finding[] = [];
  const explained: Verdict['explained'] = [];
  for (const finding of findings) {
    const entry = allow.find((candidate) => matches(candidate, finding));
    if (entry !== undefined) explained.push({ finding, entry });
    else if (rank(finding.severity) >= rank(FAILING_SEVERITY)) unexplained.push(finding);
    else minor.push(finding);
  }
  const stale = allow.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  return {
    unexplained,
    minor,
    explained,
    stale,
    unparsed: [...unparsed],
    passed: unexplained.length === 0 && stale.length === 0 && unparsed.length === 0,
  };
}

export function loadAllowlist(path = ALLOWLIST_PATH): AllowEntry[] {
  return Allowlist.parse(JSON.parse(readFileSync(path, 'utf8'))).allow;
}

/** Every `got` call inside the tool gets this answer instead of a connection. */
const OFFLINE_GOT = `
const unavailable = () => Promise.resolve({ statusCode: 503, headers: {}, body: '' });
module.exports = Object.assign(unavailable, { head: unavailable, get: unavailable, default: unavailable });
`;
const OFFLINE_GOT_URL = 'mend-offline:got';
let offline = false;

function goOffline(): void {
  if (offline) return;
  offline = true;
  registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === 'got'
        ? { url: OFFLINE_GOT_URL, format: 'commonjs', shortCircuit: true }
        : nextResolve(specifier, context),
    load: (url, context, nextLoad) =>
      url === OFFLINE_GOT_URL
        ? { format: 'commonjs', source: OFFLINE_GOT, shortCircuit: true }
        : nextLoad(url, context),
  });
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  description: string;
}
interface RawResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>) => Promise<RawResult>;

const toRepoPath = (file: string): string => relative(REPO_ROOT, file).split(sep).join('/');

function severityOf(name: string): Severity {
  const known = SEVERITIES.find((severity) => severity === name);
  // An unknown level is treated as the worst, so a tool update cannot hide a finding.
  return known ?? 'HIGH';
}

/** Runs the tool over `input` with no network and returns its findings, repository-relative. */
export async function scan(input: string): Promise<{ findings: Finding[]; unparsed: ParseError[] }> {
  goOffline();
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as Run;
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const result = await run({
    input: resolve(input),
    excludeFromScan: NETWORK_CHECKS,
    electronVersionOverride: electronVersion,
    isRelative: false,
  });
  return {
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: toRepoPath(issue.file),
      line: issue.location.line,
      column: issue.location.column,
      severity: severityOf(issue.severity.name),
      description: issue.description,
    })),
    unparsed: result.errors
      .filter((error) => !error.tolerable)
      .map((error) => ({ file: toRepoPath(error.file), message: error.message })),
  };
}

export function report(verdict: Verdict): string {
  const lines: string[] = [];
  const where = (finding: Finding) => `${finding.file}:${finding.line}:${finding.column}`;
  for (const { finding, entry } of verdict.explained) {
    lines.push(
      `  explained  ${finding.severity.padEnd(13)} ${finding.check} at ${where(finding)}\n             ${entry.reason}`,
    );
  }
  for (const finding of verdict.unexplained) {
    lines.push(
      `  FAIL       ${finding.severity.padEnd(13)} ${finding.check} at ${where(finding)}\n             ${finding.description}`,
    );
  }
  for (const entry of verdict.stale) {
    lines.push(
      `  FAIL       stale allowlist entry: ${entry.check} in ${entry.file} matches nothing; remove it`,
    );
  }
  for (const error of verdict.unparsed) {
    lines.push(`  FAIL       could not parse ${error.file}: ${error.message}`);
  }
  if (verdict.minor.length > 0) {
    const checks = [...new Set(verdict.minor.map((finding) => finding.check))].join(', ');
    lines.push(`  (${verdict.minor.length} low or informational finding(s) not failing the run: ${checks})`);
  }
  const summary = verdict.passed
    ? 'Electronegativity: no unexplained finding of medium severity or higher.'
    : 'Electronegativity: fix the findings above, or explain in electronegativity-allow.json why one does not apply.';
  return [...lines, summary].join('\n');
}

async function main(): Promise<void> {
  const { findings, unparsed } = await scan(resolve(REPO_ROOT, 'src'));
  const verdict = judge(findings, unparsed, loadAllowlist());
  console.log(report(verdict));
  process.exitCode = verdict.passed ? 0 : 1;
}

if (import.meta.main) await main();
