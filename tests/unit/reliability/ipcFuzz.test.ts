import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { ERROR_CODES } from '../../../src/shared/errors';
import { CHANNELS } from '../../../src/shared/ipc/channels';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { CHANNEL_SAMPLES } from './channelSamples';
import { givenSaveTarget, recordingRevealer } from '../../harness/testSaveTarget';

/**
 * Every channel of the contract gets generated junk through the real dispatcher against an
 * unlocked vault. Each call must answer with a well-formed envelope: a valid value or a typed
 * error (never INTERNAL, which would mean a service crashed on input that passed validation).
 * `MEND_FUZZ_RUNS` raises the count (`npm run soak` uses 1,000 per channel).
 */
const RUNS = Number(process.env['MEND_FUZZ_RUNS'] ?? 40);

/** Deeply nested arrays/objects, to probe recursion limits. */
const deep = fc.integer({ min: 50, max: 2_000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { nested: value };
  return value;
});

const nasty = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    new Date(Number.NaN),
    new Date(8.64e15 + 1),
    '',
    '\u0000',
    '\uD800',
    '💥'.repeat(1000),
    null,
    undefined,
    true,
  ),
  fc.string({ minLength: 100_000, maxLength: 300_000 }).map((s) => s.padEnd(100_000, 'x')),
  fc.uint8Array({ maxLength: 4096 }),
  deep,
);

/** Objects with dangerous or plausible keys and junk values. */
const keyed = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'passphrase',
      'secret',
      'method',
      'reason',
      'id',
      'date',
      'body',
      'title',
      'tags',
      'groups',
      'track',
      'from',
      'to',
      'query',
    ),
    fc.string({ maxLength: 12 }),
  ),
  fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), nasty),
  { maxKeys: 8 },
);

const payload = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withObjectString: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
  }),
  nasty,
  keyed,
  // A __proto__ key that is really an own property, as JSON.parse makes it.
  keyed.map((value) =>
    JSON.parse(`{"__proto__": {"polluted": true}, "extra": ${JSON.stringify(Object.keys(value))}}`),
  ),
);

/** Valid-shaped samples with one thing changed: a key dropped, a value swapped, a key added. */
function mutated(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  const sample = fc.constantFrom(...samples);
  const objectSamples = samples.filter(
    (s): s is Record<string, unknown> => typeof s === 'object' && s !== null && !Array.isArray(s),
  );
  if (objectSamples.length === 0) return sample;
  const base = fc.constantFrom(...objectSamples);
  return fc.oneof(
    sample,
    fc.tuple(base, fc.nat()).map(([object, n]) => {
      const keys = Object.keys(object);
      const dropped = keys[n % keys.length];
      return Object.fromEntries(Object.entries(object).filter(([key]) => key !== dropped));
    }),
    fc.tuple(base, fc.nat(), fc.oneof(nasty, fc.anything())).map(([object, n, value]) => {
      const keys = Object.keys(object);
      return { ...object, [keys[n % keys.length] ?? 'x']: value };
    }),
    fc.tuple(base, fc.string({ maxLength: 10 }), fc.anything()).map(([object, key, value]) => ({
      ...object,
      [key]: value,
    })),
  );
}

function isWellFormedEnvelope(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  const envelope = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (envelope.ok === true) return 'value' in envelope;
  if (envelope.ok !== false || envelope.error === undefined) return false;
  return (
    (ERROR_CODES as readonly unknown[]).includes(envelope.error.code) &&
    typeof envelope.error.message === 'string' &&
    !/\n\s+at |\.ts:\d+/.test(envelope.error.message)
  );
}

describe('IPC fuzzing through the real dispatcher', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  let mend: Mend;
  let out = '';
  const unexpected: [string, unknown][] = [];
  /** The fuzzed journal: a fuzzed journals.create or journals.leave moves away from it. */
  let journalId = '';

  beforeAll(async () => {
    dir = await makeTempDir('mend-fuzz-');
    // Each reading of the clock moves it on ten minutes, so wrong-passphrase samples never
    // leave the unlock throttle in the way of re-unlocking after a fuzzed lock.
    let clock = Date.now();
    out = await mkdtemp(join(tmpdir(), 'mend-fuzz-out-'));
    mend = await createTestMend(dir.path, {
      now: () => (clock += 600_000),
      // The save dialog answers with a temp folder, so exports really write; the printer is
      // Electron's (faked: printing is tested for real in tests/unit/export).
      exportPorts: {
        printer: { print: async () => new TextEncoder().encode('%PDF-1.4 fuzz') },
        saveTarget: givenSaveTarget({ file: join(out, 'export.out'), folder: out }),
        revealer: recordingRevealer(),
      },
      onUnexpectedError: (channel, error) => unexpected.push([channel, error]),
    });
    await setUpVault(mend);
    journalId = (await mend.journals.list()).current?.id ?? '';
  });

  afterAll(async () => {
    await mend.dispose();
    await dir.remove();
    await rm(out, { recursive: true, force: true });
  });

  async function keepUnlocked(): Promise<void> {
    if ((await mend.journals.list()).current?.id !== journalId) {
      if (mend.journals.current()?.vault.isUnlocked() === true) await mend.vault.lock('manual');
      await mend.journals.choose(journalId);
    }
    if (!mend.vault.isUnlocked()) await mend.vault.unlock('passphrase', TEST_PASSPHRASE);
  }

  // Some channels do real work per call (a backup, an export): allow ~100 ms a run.
  it.each(CHANNELS.map((channel) => [channel]))(
    '%s answers junk with a typed envelope',
    { timeout: 30_000 + RUNS * 100 },
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(payload, mutated(CHANNEL_SAMPLES[channel])), async (input) => {
          const result = await mend.dispatch(channel, input, trustedSender);
          await keepUnlocked();
          expect(isWellFormedEnvelope(result)).toBe(true);
          if (!result.ok) expect(result.error.code).not.toBe('INTERNAL');
        }),
        // Shrinking 100 kB strings takes minutes; report the first failure as it is.
        { numRuns: RUNS, endOnFailure: true },
      );
      expect(unexpected).toEqual([]);
    },
  );

  it('has valid-shaped samples for every channel', () => {
    for (const channel of CHANNELS) expect(CHANNEL_SAMPLES[channel]?.length ?? 0, channel).toBeGreaterThan(0);
  });

  it('answers junk channel names with UNKNOWN_CHANNEL', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything()), async (channel) => {
        fc.pre(typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel));
        const result = await mend.dispatch(channel, undefined, trustedSender);
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('leaves the vault usable, intact and unpolluted', async () => {
    await keepUnlocked();
    expect(mend.vault.db().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await mend.dispatch('vault.status', undefined, trustedSender)).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
