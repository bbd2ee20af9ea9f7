import { join } from 'node:path';

/** Where each vault file lives inside the data folder. */
export interface VaultPaths {
  dir: string;
  database: string;
  keyFile: string;
  throttle: string;
  backups: string;
  quarantine: string;
}

export function vaultPaths(dataDir: string): VaultPaths {
  return {
    dir: dataDir,
    database: join(dataDir, 'journal.mend.db'),
    keyFile: join(dataDir, 'journal.mend.key'),
    throttle: join(dataDir, 'unlock-throttle.json'),
    backups: join(dataDir, 'backups'),
    quarantine: join(dataDir, 'damaged'),
  };
}
