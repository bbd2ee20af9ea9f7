import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** The dev server needs a websocket for hot reload; built apps keep `connect-src 'none'`. */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'mend-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html: string) =>
      html.replace("connect-src 'none'", "connect-src ws://localhost:* ws://127.0.0.1:*"),
  };
}

/** `@shared/x` is `src/shared/x` in every bundle (tsconfig `paths` says the same to tsc). */
const resolveShared = { alias: { '@shared': resolve('src/shared') } };

export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    resolve: resolveShared,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot run ES modules.
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: resolveShared,
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
