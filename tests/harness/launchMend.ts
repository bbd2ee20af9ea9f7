import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { buildApi } from '../../src/preload/buildApi';
import { CHANNELS, EVENTS } from '../../src/shared/ipc/channels';
import { EXPOSED_NAME } from '../../src/shared/ipc/api';
import type { Mend } from '../../src/main/createMend';
import { appResponseHeaders } from '../../src/main/security/appHeaders';
import { resolveAppAsset } from '../../src/main/security/resolveAppAsset';
import {
  createTestMend,
  makeTempDir,
  REPO_ROOT,
  setUpVault,
  trustedSender,
  TEST_APP_ORIGIN,
  TEST_WINDOW_ID,
  type TestMendOverrides,
} from './core';

export const CHROMIUM_PATH = process.env['MEND_CHROMIUM'] ?? '/usr/bin/chromium';
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

/** Flags that keep Chromium from phoning home; the machine has no network anyway. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export interface LaunchOptions {
  /** Use an existing data folder (e.g. to reopen a vault); a temp folder otherwise. */
  dataDir?: string;
  overrides?: TestMendOverrides;
  /** Reuse a running browser (faster for suites that launch many times). */
  browser?: Browser;
  /**
   * Prepare the vault through the dispatcher before the page loads: `locked` leaves a set-up
   * vault locked (the passphrase is TEST_PASSPHRASE), `unlocked` leaves it open.
   */
  vault?: 'none' | 'locked' | 'unlocked';
  /**
   * Run Chromium with a persistent profile in this folder (`launchPersistentContext`), so a
   * test can sweep what the browser wrote to disk. Ignores `browser`. Default: in-memory.
   */
  userDataDir?: string;
  /** The browser's language tag (Playwright's `locale`), e.g. `en-GB`: the page's navigator.language. */
  locale?: string | undefined;
  /**
   * Load the page from a running Vite dev server (what `npm run dev` shows) instead of the
   * build; main then trusts that origin, as src/main/index.ts does unpackaged.
   */
  devServerOrigin?: string;
}

export interface MendSession {
  page: Page;
  context: BrowserContext;
  mend: Mend;
  dataDir: string;
  /** The recovery key, when the harness set up the vault. */
  recoveryKey: string | null;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** The requests that tried to leave the app origin (should always be empty). */
  offOriginRequests(): string[];
  /** What the Content Security Policy refused (should always be empty: the app needs nothing it forbids). */
  cspViolations: string[];
  /** Reloads the page, as Electron's lock does. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The init script: the same `buildApi` the preload runs (listeners included); only the transport differs. */
function preloadScript(): string {
  return `(() => {
    const api = (${buildApi.toString()})(
      ${JSON.stringify(CHANNELS)},
      ${JSON.stringify(EVENTS)},
      (channel, input) => window.__mendInvoke(channel, input),
      // The harness's transport for main's events: the test calls window.__mendEmit.
      (deliver) => Object.defineProperty(window, '__mendEmit', { value: deliver }),
    );
    Object.defineProperty(window, ${JSON.stringify(EXPOSED_NAME)}, { value: api });
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__mendCspViolation(event.violatedDirective + ' ' + (event.blockedURI || '(inline)') + ' ' + event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber);
    });
  })();`;
}

/**
 * Launches the built renderer in Debian's Chromium, backed by the real main-process
 * dispatcher and services over a real data folder. Run `npm run build` first.
 */
export async function launchMend(options: LaunchOptions = {}): Promise<MendSession> {
  const temp = options.dataDir === undefined ? await makeTempDir('mend-e2e-') : null;
  const dataDir = options.dataDir ?? temp?.path ?? '';
  const persistent = options.userDataDir !== undefined;
  const ownBrowser = options.browser === undefined && !persistent;
  const contextOptions = { locale: options.locale ?? 'en-GB', timezoneId: 'UTC' };
  const browser: Browser | null = persistent
    ? null
    : (options.browser ?? (await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })));
  const context: BrowserContext =
    options.userDataDir !== undefined
      ? await chromium.launchPersistentContext(options.userDataDir, {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
          ...contextOptions,
        })
      : await (browser as Browser).newContext(contextOptions);
  const appOrigin = options.devServerOrigin ?? TEST_APP_ORIGIN;
  const mend = await createTestMend(dataDir, options.overrides, appOrigin);
  const requests: string[] = [];
  let recoveryKey: string | null = null;
  if (options.vault === 'locked' || options.vault === 'unlocked') {
    recoveryKey = await setUpVault(mend);
    if (options.vault === 'locked') await mend.dispatch('vault.lock', { reason: 'manual' }, trustedSender);
  }

  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (options.devServerOrigin !== undefined) {
      // The dev server answers with its own (dev-only) policy; anything else is still refused.
      if (url.startsWith(`${appOrigin}/`)) await route.continue();
      else await route.abort('blockedbyclient');
      return;
    }
    const file = resolveAppAsset(RENDERER_DIR, url, TEST_APP_ORIGIN);
    if (file === null) {
      await route.abort('blockedbyclient');
      return;
    }
    try {
      const body = await readFile(file);
      // The app:// handler's own headers, CSP included, so every e2e test runs under it.
      await route.fulfill({ status: 200, body, headers: appResponseHeaders(file) });
    } catch {
      await route.fulfill({ status: 404, body: 'Not found' });
    }
  });

  await context.exposeBinding('__mendInvoke', async (source, channel: unknown, input: unknown) =>
    mend.dispatch(channel, input, {
      frameUrl: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
      windowId: TEST_WINDOW_ID,
    }),
  );
  const cspViolations: string[] = [];
  await context.exposeBinding('__mendCspViolation', (_source, violation: string) => {
    cspViolations.push(violation);
  });
  await context.addInitScript({ content: preloadScript() });

  // A persistent context opens with a blank page of its own; use it.
  const page = context.pages()[0] ?? (await context.newPage());
  const disconnect = mend.bus.connect((name, payload) => {
    void page
      .evaluate(
        ([n, p]) => (window as unknown as { __mendEmit(n: string, p: unknown): void }).__mendEmit(n, p),
        [name, payload] as const,
      )
      .catch(() => undefined);
  });
  await page.goto(`${appOrigin}/index.html`);

  return {
    page,
    context,
    mend,
    dataDir,
    recoveryKey,
    requests,
    cspViolations,
    offOriginRequests: () => requests.filter((url) => !url.startsWith(`${appOrigin}/`)),
    reload: async () => {
      await page.reload();
    },
    close: async () => {
      disconnect();
      await context.close();
      if (ownBrowser) await browser?.close();
      await mend.dispose();
      await temp?.remove();
    },
  };
}
