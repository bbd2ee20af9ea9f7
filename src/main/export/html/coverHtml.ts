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

const link = (anchor: string, text: string, count = ''): string =>
  `<a href="#${escapeHtml(anchor)}" dir="auto">${escapeHtml(text)}</a>${count === '' ? '' : ` <span class="count">${escapeHtml(count)}</span>`}`;

/** The contents, or '' when there is nothing to list (the cover then says so). */
export function contentsHtml(document: ExportDocument): string {
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
