import type { Page } from '@playwright/test';
import axe, { type AxeResults } from 'axe-core';

/**
 * The accessibility gate: axe-core over one screen in light and dark, at the usual window
 * (900x650) and at 640x400 CSS pixels (a 1280x800 screen at 200% zoom). A screen passes with
 * zero critical and zero serious violations, no moderate one that is not listed (with its
 * reason) in `allowedModerate`, and, at 640x400, nothing wider than the window.
 */

export const GATE_VIEWPORTS = [
  { name: '900x650', width: 900, height: 650 },
  { name: '640x400', width: 640, height: 400 },
] as const;
export const GATE_SCHEMES = ['light', 'dark'] as const;

export interface GateFinding {
  screen: string;
  where: string;
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

export interface GateOptions {
  /** Moderate rules this screen may show, each with the reason it is accepted. */
  allowedModerate?: Readonly<Record<string, string>>;
  /** Where to write a screenshot per run (`<dir>/<screen>-<scheme>-<viewport>.png`). */
  screenshotDir?: string;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core over the page as it is now. The script (about 550 KB) is injected once per document,
 * not once per run as `@axe-core/playwright`'s AxeBuilder does: the gate runs four times per
 * screen and that injection was most of its time. `page.evaluate` runs outside the page's CSP,
 * as AxeBuilder's injection does; the app has no frames for axe to follow.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
}

/** Waits for layout and paint after a viewport or colour-scheme change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Runs the gate over whatever the page shows now; returns every finding (empty means it passes). */
export async function auditScreen(page: Page, screen: string, options: GateOptions = {}): Promise<GateFinding[]> {
  const findings: GateFinding[] = [];
  const allowed = options.allowedModerate ?? {};
  for (const viewport of GATE_VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const scheme of GATE_SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await settle(page);
      const where = `${scheme} ${viewport.name}`;
      if (options.screenshotDir !== undefined) {
        await page.screenshot({ path: `${options.screenshotDir}/${screen}-${scheme}-${viewport.name}.png` });
      }
      const result = await runAxe(page);
      for (const violation of result.violations) {
        const impact = violation.impact ?? 'unknown';
        const blocking =
          impact === 'critical' || impact === 'serious' || (impact === 'moderate' && !(violation.id in allowed));
        if (!blocking) continue;
        findings.push({
          screen,
          where,
          rule: violation.id,
          impact,
          targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help,
        });
      }
      if (viewport.name === '640x400') {
        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
        });
        if (overflow.scrollWidth > overflow.clientWidth) {
          findings.push({
            screen,
            where,
            rule: 'horizontal-overflow',
            impact: 'serious',
            targets: [],
            summary: `the page is ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px window`,
          });
        }
      }
    }
  }
  await page.setViewportSize({ width: 900, height: 650 });
  await page.emulateMedia({ colorScheme: 'light' });
  return findings;
}

/** One line per finding, for a failure message a person can act on. */
export function describeFindings(findings: readonly GateFinding[]): string {
  return findings
    .map((f) => `${f.screen} [${f.where}] ${f.impact} ${f.rule}: ${f.targets.join(', ')} — ${f.summary}`)
    .join('\n');
}
