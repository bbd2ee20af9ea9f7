import { escapeHtml } from '@shared/export/escapeHtml';
import type { ExportExercise, ExportPrompt, ExportStep, ProgramSection } from '@shared/export/exportModel';
import { plainTextToHtml } from './markdownToHtml';
import { formatDate, stepHeading, statusWords, WORDS } from './exportWords';

/** The guided steps: per track, each step with its prompts and the person's notes, then the exercise. */

export const stepAnchor = (stepId: string): string => `step-${stepId}`;
export const trackAnchor = (trackId: string): string => `track-${trackId}`;

function promptHtml(prompt: ExportPrompt): string {
  if (prompt.note === null) return '';
  return (
    `<div class="prompt">` +
    `<p class="prompt-text" dir="auto">${escapeHtml(prompt.text)}</p>` +
    `<div class="note">${plainTextToHtml(prompt.note.body)}` +
    `<p class="meta edited">${WORDS.edited} ${escapeHtml(formatDate(prompt.note.updatedOn))}</p></div>` +
    `</div>`
  );
}

export function exerciseHtml(exercise: ExportExercise): string {
  const items = exercise.items.map((item) => {
    const words = [item.label, item.date === null ? null : formatDate(item.date)]
      .filter((w) => w !== null)
      .join(' · ');
    const mark = item.done === null ? '' : item.done ? '☑ ' : '☐ ';
    // A checkbox alone says too little on paper: name its state when there is no label.
    const head = `${mark}${words === '' && item.done !== null ? (item.done ? WORDS.done : WORDS.notDone) : words}`;
    const headHtml = head === '' ? '' : `<p class="item-head" dir="auto">${escapeHtml(head)}</p>`;
    return `<li>${headHtml}<div class="item-text">${plainTextToHtml(item.text)}</div></li>`;
  });
  return (
    `<div class="exercise"><h4 dir="auto">${WORDS.exercise}: ${escapeHtml(exercise.title)}</h4>` +
    `<ul>${items.join('')}</ul></div>`
  );
}

function stepHtml(step: ExportStep): string {
  return (
    `<div class="step" id="${escapeHtml(stepAnchor(step.stepId))}">` +
    `<div class="step-head"><h3 dir="auto">${escapeHtml(stepHeading(step.order, step.title))}</h3>` +
    `<p class="summary muted" dir="auto">${escapeHtml(step.summary)}</p>` +
    `<p class="meta">${escapeHtml(statusWords(step.status))}</p></div>` +
    step.prompts.map(promptHtml).join('') +
    (step.exercise === null ? '' : exerciseHtml(step.exercise)) +
    (step.tools ?? []).map(exerciseHtml).join('') +
    `</div>`
  );
}

export function programHtml(sections: readonly ProgramSection[]): string {
  if (sections.length === 0) return '';
  const tracks = sections.map(
    (section) =>
      `<div class="track" id="${escapeHtml(trackAnchor(section.trackId))}">` +
      `<h2 dir="auto">${escapeHtml(section.trackTitle)}</h2>${section.steps.map(stepHtml).join('\n')}</div>`,
  );
  return `<section class="part" id="program"><h1>${WORDS.program}</h1>${tracks.join('\n')}</section>`;
}
