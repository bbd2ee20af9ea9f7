// `npm run soak`: the kill tests with many more rounds (MEND_KILL_RUNS, default 500 each).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const runs = process.argv[2] ?? process.env.MEND_KILL_RUNS ?? '500';
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/unit/vault/kill.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, MEND_KILL_RUNS: runs },
});
process.exit(result.status ?? 1);
