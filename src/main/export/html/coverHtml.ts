import { escapeHtml } from '@shared/export/escapeHtml';
import type { ExportDocument } from '@shared/export/exportModel';
import { entryMonths, monthAnchor } from './entriesHtml';
import { includesWords, formatDate, monthTitle, rangeWords, stepHeading, WORDS } from './exportWords';
import { stepAnchor } from './programHtml';
import { trackerAnchor } from './trackerHtml';

/** The cover page (title, period, what is inside, the not-encrypted notice) and the contents. */

export function coverHtml(document: ExportDocument, tagsFilter: readonly string[]): string {
  const includes = includesWords(document);
  const rows = [
    [WORDS.period, rangeWords(document.range)],
    [WORDS.madeOn, formatDate(document.generatedOn)],
    [WORDS.includes, includes ?? WORDS.nothing],
    ...(tagsFilter.length > 0 ? [[WORDS.tagsFilter, tagsFilter.join(', ')]] : []),
  ];
  return (
    `<section class="cover">` +
    `<div class="brand">${WORDS.brand}</div>` +
    `<h1 dir="auto">${escapeHtml(document.title)}</h1>` +
    `<p class="range">${escapeHtml(rangeWords(document.range))}</p>` +
    `<dl>${rows.map(([term = '', value = '']) => `<dt>${escapeHtml(term)}</dt><dd dir="auto">${escapeHtml(value)}</dd>`).join('')}</dl>` +
    `<div class="notice" role="note"><strong>${WORDS.notEncryptedTitle}</strong>${WORDS.notEncryptedBody}</div>` +
    `</section>`
  );
}

/**
 * Where each anchor landed in a first printing (see `readPrintedPages`); empty on that first
 * pass. The page-number column has a fixed width, so filling it in changes no line break and
 * the numbers of the second printing are the numbers of the first.
 */
export type ContentsPages = ReadonlyMap<string, number>;

/** The top-level parts the Contents lists; the first one's page tells how long the Contents is. */
export const PART_ANCHORS = ['program', 'journal', 'tracker'] as const;

/** The contents, or '' when there is nothing to list (the cover then says so). */
export function contentsHtml(document: ExportDocument, pages: ContentsPages = new Map()): string {
  const link = (anchor: string, text: string, count = ''): string => {
    const page = pages.get(anchor);
    return (
      `<span class="toc-line"><a href="#${escapeHtml(anchor)}" dir="auto">${escapeHtml(text)}</a>` +
      (count === '' ? '' : ` <span class="count">${escapeHtml(count)}</span>`) +
      `<span class="leader" aria-hidden="true"></span>` +
      `<span class="page-number">${page === undefined ? '' : page}</span></span>`
    );
  };
  const items: string[] = [];
  if (document.programSections.length > 0) {
    const tracks = document.programSections.map(
      (section) =>
        `<li>${escapeHtml(section.trackTitle)}<ol>` +
        section.steps
          .map((step) => `<li>${link(stepAnchor(step.stepId), stepHeading(step.order, step.title))}</li>`)
          .join('') +
        `</ol></li>`,
    );
    items.push(`<li>${link('program', WORDS.program)}<ol>${tracks.join('')}</ol></li>`);
  }
  if (document.entries.length > 0) {
    const months = entryMonths(document.entries).map(
      ({ month, count }) => `<li>${link(monthAnchor(month), monthTitle(month), `(${count})`)}</li>`,
    );
    items.push(
      `<li>${link('journal', WORDS.journal, `(${document.entries.length})`)}<ol>${months.join('')}</ol></li>`,
    );
  }
  if (document.tracker.length > 0) {
    const tracks = document.tracker.map(
      (section) => `<li>${link(trackerAnchor(section.trackId), section.trackTitle)}</li>`,
    );
    items.push(`<li>${link('tracker', WORDS.tracker)}<ol>${tracks.join('')}</ol></li>`);
  }
  if (items.length === 0) return '';
  return `<nav class="toc"><h1>${WORDS.contents}</h1><ol>${items.join('')}</ol></nav>`;
}
