// Lets plain Node 24 run Mend's TypeScript directly: Node strips the types itself; this hook
// only adds the `.ts` / `/index.ts` that our extensionless imports leave out (as Vite does),
// and maps the `@shared/...` alias to src/shared (as electron.vite.config.ts does).
// Used by the kill tests' child processes and by `npm run bench`:
//   node --import ./scripts/register-ts.mjs some/file.ts
import { registerHooks } from 'node:module';
import { URL } from 'node:url';

const RETRY = new Set(['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT']);
const SHARED = new URL('../src/shared/', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const target = specifier.startsWith('@shared/') ? SHARED + specifier.slice('@shared/'.length) : specifier;
    try {
      return nextResolve(target, context);
    } catch (error) {
      const relative = target.startsWith('./') || target.startsWith('../') || target !== specifier;
      if (!relative || !RETRY.has(error?.code)) throw error;
      for (const suffix of ['.ts', '.tsx', '/index.ts']) {
        try {
          return nextResolve(target + suffix, context);
        } catch {
          // try the next spelling
        }
      }
      throw error;
    }
  },
});
