import { createServer as createNetServer } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import config from '../../electron.vite.config';
import { expect, test } from './fixtures';
import { launchMend, type MendSession } from '../harness/launchMend';

/**
 * `npm run dev` is electron-vite serving the renderer through Vite while Electron loads it.
 * Electron cannot run here, so this starts the same renderer config's dev server and opens it
 * in Chromium with the same preload API: the page must come up under the dev-only policy with
 * nothing refused (a blank page was the bug: the policy blocked React's refresh preamble and
 * Vite's injected styles), and hot reload's socket must be allowed.
 */
let server: ViteDevServer;
let origin: string;

/** A free port, chosen before Vite starts: the dev policy names the port it was given. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  const renderer = typeof config.renderer === 'object' ? config.renderer : null;
  if (renderer === null) throw new Error('electron.vite.config.ts has no renderer section');
  server = await createServer({
    ...renderer,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  await server.listen();
  origin = `http://127.0.0.1:${server.config.server.port}`;
});

test.afterAll(async () => {
  await server?.close();
});

test('npm run dev: the renderer comes up under the dev-only policy with nothing refused', async () => {
  let session: MendSession | null = null;
  try {
    session = await launchMend({ devServerOrigin: origin });
    const { page } = session;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    // Vite's styles arrived as <style> elements and apply (a blank, unstyled page was the bug).
    const injectedStyles = await page.locator('style[data-vite-dev-id]').count();
    expect(injectedStyles).toBeGreaterThan(0);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain(`ws://127.0.0.1:${new URL(origin).port}`);
    expect(session.cspViolations, 'what the dev policy refused').toEqual([]);
    expect(session.offOriginRequests()).toEqual([]);
  } finally {
    await session?.close();
  }
});
