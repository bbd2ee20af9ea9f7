import type { ExerciseKind, ProgramContent, Step } from '@shared/content';
import { MendError } from '@shared/errors';
import type { ExerciseData } from '@shared/exercises';
import { safetyCheckNeedsCare } from '@shared/safetyCheck';
import type {
  ExerciseRecord,
  ProgramForUi,
  ProgramState,
  PromptNote,
  SafetyAnswers,
  SafetyContent,
  StepStatus,
  TrackId,
} from '@shared/ipc/contract';
import type { VaultService } from '../vault/vaultService';
import { listExercises, readExercise, writeExercise, type ExerciseWritten } from './exerciseStore';
import { indexProgram } from './programIndex';
import {
  insertStepStatusIfAbsent,
  listStepProgress,
  readProgramState,
  type StepProgressRow,
  writeLastOpenedStep,
  writeSafetyCheckDone,
  writeSafetyCheckPostponed,
  writeStepStatus,
  writeTracks,
} from './programStateStore';
import { listAllPromptNotes, listPromptNotes, writePromptNote, type PromptNoteWritten } from './promptNotes';

export interface ProgramServiceOptions {
  content: ProgramContent;
  vault: Pick<VaultService, 'db'>;
  now?: () => number;
  /** Told about every note write, inside its transaction (e.g. to keep a search index current). */
  onNoteWritten?: PromptNoteWritten;
  /** Told about every exercise write, inside its transaction (the search index again). */
  onExerciseWritten?: ExerciseWritten;
}

export interface ProgramService {
  content(): ProgramForUi;
  safety(): SafetyContent;
  state(): ProgramState;
  chooseTracks(tracks: readonly TrackId[]): ProgramState;
  answerSafetyCheck(answers: Readonly<SafetyAnswers>): {
    needsCare: boolean;
    state: ProgramState;
  };
  postponeSafetyCheck(): ProgramState;
  setStepStatus(stepId: string, status: StepStatus): ProgramState;
  openStep(stepId: string): ProgramState;
  listNotes(stepId: string): PromptNote[];
  saveNote(promptId: string, text: string): PromptNote;
  /** The step's exercise, or the tool of `kind` the step offers (NOT_FOUND otherwise). */
  getExercise(stepId: string, kind?: ExerciseKind): ExerciseRecord;
  saveExercise(stepId: string, data: ExerciseData): ExerciseRecord;
  /** Everything the person wrote in the program, including work on steps content has dropped. */
  written(): ProgramWritten;
  /**
   * Writes imported program work in one transaction (a savepoint inside one). Never
   * overwrites: a step that already has a status keeps it, and notes or exercises that
   * already exist are refused by the caller before this runs.
   */
  importWritten(written: ProgramWritten, contentVersion: number): void;
}

export interface ProgramWritten {
  stepProgress: StepProgressRow[];
  notes: PromptNote[];
  exercises: { stepId: string; data: ExerciseData; updatedAt: number }[];
}

/** Whether the step offers an exercise of this kind: its own, or one of its tools. */
function offers(step: Step, kind: ExerciseKind): boolean {
  return step.exercise.kind === kind || (step.tools ?? []).some((tool) => tool.kind === kind);
}

/**
 * The guided program over the vault. Ids from the renderer are checked against the loaded
 * content before anything is written, so the vault never collects rows for steps or prompts
 * that do not exist. Everything but `safety()` needs the vault unlocked (LOCKED otherwise).
 */
export function createProgramService(options: ProgramServiceOptions): ProgramService {
  const index = indexProgram(options.content);
  const { content, vault } = options;
  const now = options.now ?? Date.now;

  return {
    content() {
      // Step content is not secret, but it waits for an unlock like everything else: only
      // the safety page and the safety check are served to a locked Mend.
      vault.db();
      return {
        version: content.version,
        intro: content.intro,
        firstWeeks: content.firstWeeks,
        tracks: content.tracks,
      };
    },
    safety: () => ({
      safety: content.safety,
      safetyCheck: content.safetyCheck,
      care: content.safetyCheckCare,
      selfHarm: content.selfHarm,
    }),
    state: () => readProgramState(vault.db(), index, now()),

    chooseTracks(tracks) {
      const db = vault.db();
      writeTracks(db, tracks, now());
      return readProgramState(db, index, now());
    },

    answerSafetyCheck(answers) {
      const expected = index.safetyQuestionIds;
      const given = Object.keys(answers);
      const complete = given.length === expected.length && expected.every((id) => answers[id] !== undefined);
      if (!complete) throw new MendError('VALIDATION', 'Every safety question needs an answer.');
      const db = vault.db();
      // Only the date is written: the answers decide the next screen and are then forgotten.
      writeSafetyCheckDone(db, index.version, now());
      return {
        needsCare: safetyCheckNeedsCare(content.safetyCheck.questions, answers),
        state: readProgramState(db, index, now()),
      };
    },

    postponeSafetyCheck() {
      const db = vault.db();
      writeSafetyCheckPostponed(db, now());
      return readProgramState(db, index, now());
    },

    setStepStatus(stepId, status) {
      index.step(stepId);
      const db = vault.db();
      writeStepStatus(db, stepId, status, now());
      return readProgramState(db, index, now());
    },

    openStep(stepId) {
      index.step(stepId);
      const db = vault.db();
      writeLastOpenedStep(db, stepId);
      return readProgramState(db, index, now());
    },

    listNotes(stepId) {
      index.step(stepId);
      return listPromptNotes(vault.db(), stepId);
    },

    saveNote(promptId, text) {
      const step = index.stepOfPrompt(promptId);
      const write = { promptId, stepId: step.id, text, contentVersion: index.version, now: now() };
      return writePromptNote(vault.db(), write, options.onNoteWritten);
    },

    getExercise(stepId, kind) {
      const step = index.step(stepId);
      if (kind !== undefined && !offers(step, kind)) {
        throw new MendError('NOT_FOUND', 'That tool is not part of this step.');
      }
      return readExercise(vault.db(), stepId, kind ?? step.exercise.kind);
    },

    saveExercise(stepId, data) {
      const step = index.step(stepId);
      if (!offers(step, data.kind)) {
        throw new MendError('VALIDATION', `This step does not offer the "${data.kind}" exercise.`);
      }
      const db = vault.db();
      return db.transaction(() => {
        const record = writeExercise(db, stepId, data, index.version, now());
        options.onExerciseWritten?.(db, { stepId, data, now: record.updatedAt ?? now() });
        return record;
      })();
    },

    written() {
      const db = vault.db();
      return {
        stepProgress: listStepProgress(db),
        notes: listAllPromptNotes(db),
        exercises: listExercises(db),
      };
    },

    importWritten(written, contentVersion) {
      const db = vault.db();
      db.transaction(() => {
        for (const row of written.stepProgress) insertStepStatusIfAbsent(db, row);
        for (const note of written.notes) {
          if (note.text === '') continue; // an empty note is no note (writing one would delete)
          const stepId = note.promptId.slice(0, note.promptId.lastIndexOf('.'));
          const write = {
            promptId: note.promptId,
            stepId,
            text: note.text,
            contentVersion,
            now: note.updatedAt,
          };
          writePromptNote(db, write, options.onNoteWritten);
        }
        for (const exercise of written.exercises) {
          writeExercise(db, exercise.stepId, exercise.data, contentVersion, exercise.updatedAt);
          options.onExerciseWritten?.(db, { ...exercise, now: exercise.updatedAt });
        }
      })();
    },
  };
}
