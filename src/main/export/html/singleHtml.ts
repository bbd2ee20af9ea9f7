import { escapeHtml } from '@shared/export/escapeHtml';
import type { ExportStep, Paper } from '@shared/export/exportModel';
import { EXPORT_CSP } from './buildExportHtml';
import { exportCss } from './exportCss';
import { formatDate, stepHeading, statusWords, WORDS } from './exportWords';
import { plainTextToHtml } from './markdownToHtml';
import { exerciseHtml } from './programHtml';

/**
 * Two small printed documents besides the whole journey: one step on its own ("Export this
 * step": its questions, the person's notes and the exercise, nothing else), and one letter
 * or agreement alone on the page, with no cover, no footer, no Mend branding.
 */

function page(lang: string, title: string, paper: Paper, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${exportCss(paper)}</style>`,
    '</head><body>',
    body,
    '</body></html>',
  ].join('\n');
}

export interface StepPageInput {
  locale: string;
  trackTitle: string;
  step: ExportStep;
  generatedOn: string;
  paper: Paper;
}

/** Every question of the step, with the note under it when there is one, then the exercise. */
export function stepPageHtml(input: StepPageInput): string {
  const { step } = input;
  const prompts = step.prompts.map(
    (prompt) =>
      `<div class="prompt"><p class="prompt-text" dir="auto">${escapeHtml(prompt.text)}</p>` +
      (prompt.note === null || !/\S/.test(prompt.note.body)
        ? `<p class="empty">${WORDS.noNote}</p>`
        : `<div class="note">${plainTextToHtml(prompt.note.body)}` +
          `<p class="meta edited">${WORDS.edited} ${escapeHtml(formatDate(prompt.note.updatedOn))}</p></div>`) +
      `</div>`,
  );
  const items = step.exercise?.items.filter((item) => /\S/.test(item.text)) ?? [];
  const exercise =
    step.exercise === null || items.length === 0 ? '' : exerciseHtml({ ...step.exercise, items });
  const heading = stepHeading(step.order, step.title);
  const body =
    `<section class="step-alone">` +
    `<p class="meta">${escapeHtml(input.trackTitle)} · ${WORDS.madeOn} ${escapeHtml(formatDate(input.generatedOn))} · ${escapeHtml(statusWords(step.status))}</p>` +
    `<h1 dir="auto">${escapeHtml(heading)}</h1>` +
    `<p class="summary muted" dir="auto">${escapeHtml(step.summary)}</p>` +
    `<h2>${WORDS.questions}</h2>${prompts.join('')}${exercise}` +
    `<p class="notice-line" role="note"><strong>${WORDS.notEncryptedTitle}</strong> ${WORDS.notEncryptedBody}</p>` +
    `</section>`;
  return page(input.locale, heading, input.paper, body);
}

/** A letter or an agreement by itself: its heading and its text. */
export function itemPageHtml(input: { locale: string; heading: string; text: string; paper: Paper }): string {
  const body =
    `<article class="item-alone"><h1 dir="auto">${escapeHtml(input.heading)}</h1>` +
    `<div class="letter" dir="auto">${plainTextToHtml(input.text)}</div></article>`;
  return page(input.locale, input.heading, input.paper, body);
}
