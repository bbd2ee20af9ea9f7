// Lets plain Node 24 run Mend's TypeScript directly: Node strips the types itself; this hook
// only adds the `.ts` / `/index.ts` that our extensionless imports leave out (as Vite does).
// Used by the kill tests' child processes and by `npm run bench`:
//   node --import ./scripts/register-ts.mjs some/file.ts
import { registerHooks } from 'node:module';

const RETRY = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || !RETRY.has(error?.code)) throw error;
      for (const suffix of ['.ts', '.tsx', '/index.ts']) {
        try {
          return nextResolve(specifier + suffix, context);
        } catch {
          // try the next spelling
        }
      }
      throw error;
    }
  },
});
