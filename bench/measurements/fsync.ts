import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { timed, type Measurement } from '../measurement';

/** The floor for any durable save on this disk: one 4 KiB write and its fsync. */
export const fsyncMeasurement: Measurement = {
  name: 'fsync',
  description: () =>
    'Floor for a durable save: write 4 KiB at the start of a file and fsync it (same temp folder as the vault).',
  async run({ workDir, sizes }) {
    const handle = await open(join(workDir, 'fsync.bin'), 'w');
    const block = Buffer.alloc(4096, 7);
    const samples: number[] = [];
    try {
      for (let i = 0; i < sizes.opSamples + 5; i++) {
        const ms = await timed(async () => {
          await handle.write(block, 0, block.length, 0);
          await handle.sync();
        });
        if (i >= 5) samples.push(ms);
      }
    } finally {
      await handle.close();
    }
    return { write4k: samples };
  },
};
