import { ProgramContent, type Step } from '../../../src/shared/content';
import { readRawProgram } from './programFile';

/**
 * Helpers shared by the program content tests (plan, schema, voice, content service): the
 * real file parsed, a step found by id, and a copy broken on purpose with its issues.
 */

/** A deep copy of the real file with one change applied, so each failure case differs by one thing. */
export async function withChange(change: (program: ProgramJson) => void): Promise<unknown> {
  const program = structuredClone(await readRawProgram()) as ProgramJson;
  change(program);
  return program;
}

/** The raw JSON, typed loosely enough to break on purpose. */
export interface ProgramJson {
  [key: string]: unknown;
  tracks: {
    [key: string]: unknown;
    id: string;
    steps: (Record<string, unknown> & { prompts: Record<string, unknown>[] })[];
  }[];
}

export function stepAt(program: ProgramJson, track: number, step: number) {
  const found = program.tracks[track]?.steps[step];
  if (!found) throw new Error(`test setup: no step ${step} in track ${track}`);
  return found;
}

/** The validation messages with their paths, e.g. `tracks.0.steps.1.prompts: Too small…`. */
export function issuesOf(candidate: unknown): string[] {
  const result = ProgramContent.safeParse(candidate);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

export async function loadProgram(): Promise<ProgramContent> {
  return ProgramContent.parse(await readRawProgram());
}

export function stepById(program: ProgramContent, id: string): Step {
  const step = program.tracks.flatMap((track) => track.steps).find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}
