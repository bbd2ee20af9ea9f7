import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { APP_CSP } from './src/main/security/appHeaders';
import { devServerCsp } from './src/main/security/devServerCsp';

/**
 * `npm run dev` only (apply: 'serve'): index.html gets the dev-only policy, the app's plus
 * exactly what Vite needs (src/main/security/devServerCsp.ts); builds keep APP_CSP.
 */
function devServerPolicy(): Plugin {
  let devServer = { host: 'localhost', port: 5173 };
  return {
    name: 'mend-dev-csp',
    apply: 'serve',
    configureServer(server) {
      const port = server.config.server.port ?? 5173;
      const host = typeof server.config.server.host === 'string' ? server.config.server.host : 'localhost';
      devServer = { host, port };
    },
    transformIndexHtml: (html: string) => html.replace(APP_CSP, devServerCsp(devServer)),
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
    plugins: [react(), devServerPolicy()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
