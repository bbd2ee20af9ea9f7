import { isAbsolute, join } from 'node:path';

/** Names a data folder for unpackaged builds (development, the Electron-only specs). */
export const DATA_DIR_ENV = 'MEND_DATA_DIR';

/**
 * Where the app keeps its data. A packaged app always uses its own folder under the OS's
 * user-data location; only an unpackaged build (a developer's checkout, the Electron-only
 * e2e specs) may be pointed at another folder with MEND_DATA_DIR, so the specs run in a temp
 * folder instead of the developer's real journal. A relative path is refused: it would
 * depend on where the app happened to be started.
 */
export function chooseDataDir(options: {
  packaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
}): string {
  const override = options.env[DATA_DIR_ENV];
  if (!options.packaged && override !== undefined && override !== '') {
    if (!isAbsolute(override)) throw new Error(`${DATA_DIR_ENV} must be an absolute path.`);
    return override;
  }
  return join(options.userDataDir, 'vault');
}
