/**
 * Renders resources/icon.svg to the PNGs the installers use (1024 for macOS and Linux,
 * 512 for Windows and small sizes), with Chromium so no image tool is needed:
 * `node scripts/render-icon.ts` (the PNGs are committed; run this after editing the SVG).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env['MEND_CHROMIUM'] ?? '/usr/bin/chromium';
const SIZES = [
  { size: 1024, file: 'icon.png' },
  { size: 512, file: 'icon-512.png' },
];

const svg = await readFile(join(REPO_ROOT, 'resources', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { size, file } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: join(REPO_ROOT, 'resources', file), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
