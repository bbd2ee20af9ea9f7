import { isToolKind } from '../exerciseTools';
import type { ProgramShape, Step } from '../content';
import type { z } from 'zod';
import { localDateOf } from '../dates';
import type { MendArchive } from './archiveFormat';
import {
  DEFAULT_EXPORT_TITLE,
  type ExportDocument,
  type ExportEntry,
  type ExportPrompt,
  type ExportSelection,
  type ExportStep,
  type ProgramSection,
  type TrackerSection,
} from './exportModel';
import { trackerSectionFor } from './trackerForExport';

/**
 * Builds the export's read model from the program content and an archive of everything the
 * person wrote (the same data the JSON export holds). One source of truth: the PDF, the
 * Markdown folder and the JSON file can never disagree about what exists.
 *
 * A note whose prompt is no longer in the program (content changed since it was written) is
 * never dropped: it prints under its step with a placeholder question, and a step that no
 * longer exists gets a placeholder step at the end of its track.
 */

type Program = Pick<z.infer<typeof ProgramShape>, 'tracks' | 'locale'>;

export interface DocumentInputs {
  program: Program;
  archive: MendArchive;
  selection: ExportSelection;
  /** Today, the local calendar day the export is made. */
  generatedOn: string;
  /** The local calendar day of an instant; the machine's time zone by default. */
  dayOf?: (instant: string) => string;
}

export const EARLIER_PROMPT_TEXT = 'A question from an earlier version of this step';
export const EARLIER_STEP_TITLE = 'Notes from an earlier version of the program';
export const EARLIER_STEP_SUMMARY = 'These notes belong to a step that has since been changed.';
export const EARLIER_EXERCISE_TITLE = 'An exercise from an earlier version of the program';

export function documentFromArchive(inputs: DocumentInputs): ExportDocument {
  const { program, archive, selection } = inputs;
  const dayOf = inputs.dayOf ?? ((instant: string) => localDateOf(new Date(instant)));
  const stepsById = new Map<string, Step>(
    program.tracks.flatMap((track) => track.steps.map((step) => [step.id, step])),
  );

  const entries: ExportEntry[] = archive.entries.map((entry) => ({
    id: entry.id,
    date: entry.date,
    title: entry.title,
    bodyMarkdown: entry.bodyMarkdown,
    tags: entry.tags,
    stepTitle: entry.stepId === null ? null : (stepsById.get(entry.stepId)?.title ?? null),
  }));

  const tracker = program.tracks.flatMap((track): TrackerSection[] => {
    const section = trackerSectionFor({
      trackId: track.id,
      trackTitle: track.title,
      checkins: archive.checkins,
      from: selection.from ?? null,
      to: selection.to ?? null,
      today: inputs.generatedOn,
    });
    return section === null ? [] : [section];
  });

  return {
    title: selection.title ?? DEFAULT_EXPORT_TITLE,
    generatedOn: inputs.generatedOn,
    range: null,
    locale: program.locale,
    programSections: programSections(program, archive, dayOf),
    entries,
    tracker,
  };
}

function programSections(
  program: Program,
  archive: MendArchive,
  dayOf: (instant: string) => string,
): ProgramSection[] {
  const notes = new Map(archive.notes.map((note) => [note.promptId, note]));
  // A step's own exercise by step; its second-edition tools by step and kind.
  const exercises = new Map(
    archive.exercises.filter((exercise) => !isToolKind(exercise.kind)).map((exercise) => [exercise.stepId, exercise]),
  );
  const tools = new Map(
    archive.exercises
      .filter((exercise) => isToolKind(exercise.kind))
      .map((exercise) => [`${exercise.stepId}:${exercise.kind}`, exercise]),
  );
  const statuses = new Map(archive.stepProgress.map((progress) => [progress.stepId, progress.status]));
  const knownPrompts = new Set(
    program.tracks.flatMap((t) => t.steps.flatMap((s) => s.prompts.map((p) => p.id))),
  );
  const orphansByStep = new Map<string, ExportPrompt[]>();
  for (const note of archive.notes) {
    if (knownPrompts.has(note.promptId)) continue;
    const stepId = note.promptId.slice(0, note.promptId.lastIndexOf('.'));
    const orphan = {
      promptId: note.promptId,
      text: EARLIER_PROMPT_TEXT,
      note: { body: note.body, updatedOn: dayOf(note.updatedAt) },
    };
    orphansByStep.set(stepId, [...(orphansByStep.get(stepId) ?? []), orphan]);
  }

  return program.tracks.map((track) => {
    const steps: ExportStep[] = track.steps.map((step) => {
      const exercise = exercises.get(step.id);
      const prompts: ExportPrompt[] = step.prompts.map((prompt) => {
        const note = notes.get(prompt.id);
        return {
          promptId: prompt.id,
          text: prompt.text,
          note: note === undefined ? null : { body: note.body, updatedOn: dayOf(note.updatedAt) },
        };
      });
      return {
        stepId: step.id,
        order: step.order,
        title: step.title,
        summary: step.summary,
        status: statuses.get(step.id) ?? 'not-started',
        prompts: [...prompts, ...(orphansByStep.get(step.id) ?? [])],
        exercise:
          exercise === undefined
            ? null
            : { kind: exercise.kind, title: step.exercise.title, items: exercise.items },
        tools: (step.tools ?? []).flatMap((tool) => {
          const saved = tools.get(`${step.id}:${tool.kind}`);
          return saved === undefined ? [] : [{ kind: saved.kind, title: tool.title, items: saved.items }];
        }),
      };
    });
    const lastOrder = Math.max(0, ...track.steps.map((step) => step.order));
    const prefix = track.id === 'broke-trust' ? 'bt-' : 'wh-';
    const known = new Set(track.steps.map((step) => step.id));
    const unknownStepIds = [...new Set([...orphansByStep.keys(), ...exercises.keys()])]
      .filter((stepId) => stepId.startsWith(prefix) && !known.has(stepId))
      .sort();
    unknownStepIds.forEach((stepId, index) => {
      const exercise = exercises.get(stepId);
      steps.push({
        stepId,
        order: lastOrder + index + 1,
        title: EARLIER_STEP_TITLE,
        summary: EARLIER_STEP_SUMMARY,
        status: statuses.get(stepId) ?? 'not-started',
        prompts: orphansByStep.get(stepId) ?? [],
        exercise:
          exercise === undefined
            ? null
            : { kind: exercise.kind, title: EARLIER_EXERCISE_TITLE, items: exercise.items },
      });
    });
    return { trackId: track.id, trackTitle: track.title, steps };
  });
}
