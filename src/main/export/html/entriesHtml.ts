import { escapeHtml } from '@shared/export/escapeHtml';
import type { ExportEntry } from '@shared/export/exportModel';
import { markdownToHtml } from './markdownToHtml';
import { formatEntryDate, monthTitle, WORDS } from './exportWords';

/** Journal entries, oldest first, under one heading per month (the table of contents links to them). */

export const monthAnchor = (month: string): string => `month-${month}`;

/** The months of the entries, in order, with how many entries each holds. */
export function entryMonths(entries: readonly ExportEntry[]): { month: string; count: number }[] {
  const months: { month: string; count: number }[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.month === month) last.count += 1;
    else months.push({ month, count: 1 });
  }
  return months;
}

function entryHtml(entry: ExportEntry): string {
  const dateLine = formatEntryDate(entry.date);
  const heading =
    entry.title !== null && /\S/.test(entry.title)
      ? `<div class="entry-date">${escapeHtml(dateLine)}</div><h3 dir="auto">${escapeHtml(entry.title)}</h3>`
      : `<h3 class="entry-date">${escapeHtml(dateLine)}</h3>`;
  const tags =
    entry.tags.length > 0
      ? `<div class="tags">${entry.tags.map((tag) => `<span class="tag" dir="auto">${escapeHtml(tag)}</span>`).join(' ')}</div>`
      : '';
  const step =
    entry.stepTitle !== null
      ? `<div class="meta" dir="auto">${WORDS.forStep}: ${escapeHtml(entry.stepTitle)}</div>`
      : '';
  return (
    `<article class="entry">` +
    `<header class="entry-head">${heading}${tags}${step}</header>` +
    `<div class="entry-body" dir="auto">${markdownToHtml(entry.bodyMarkdown)}</div>` +
    `</article>`
  );
}

export function entriesHtml(entries: readonly ExportEntry[]): string {
  if (entries.length === 0) return '';
  const parts: string[] = [`<section class="part" id="journal"><h1>${WORDS.journal}</h1>`];
  let month = '';
  for (const entry of entries) {
    const entryMonth = entry.date.slice(0, 7);
    if (entryMonth !== month) {
      month = entryMonth;
      parts.push(`<h2 class="month" id="${monthAnchor(month)}">${escapeHtml(monthTitle(month))}</h2>`);
    }
    parts.push(entryHtml(entry));
  }
  parts.push('</section>');
  return parts.join('\n');
}
