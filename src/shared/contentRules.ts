import type { z } from 'zod';
import type { TrackId } from './ipc/contract';
import type { ExerciseKind, ProgramShape } from './content';

/**
 * Rules about the program as a whole, which a per-field schema cannot express: how many steps
 * each track has, which exercise each step offers, where counselling must be suggested, and
 * that every id a saved note or saved progress points at is unique.
 */

type ProgramValue = z.infer<typeof ProgramShape>;

export interface ContentIssue {
  path: (string | number)[];
  message: string;
}

interface StepPlan {
  exercise: ExerciseKind;
  /** The second edition's tools the step offers after its exercise, in this order. */
  tools?: readonly ExerciseKind[];
  /** The steps where people most often get stuck must suggest counselling. */
  counsellingRequired: boolean;
  /** The steps where anger runs high must carry a safety line. */
  safetyLineRequired?: boolean;
  /** The steps where thoughts of self-harm may come up link to the crisis line. */
  crisisLink?: boolean;
}

/**
 * The fixed plan of the program, by track and by position (order 1 is the first entry).
 * The UI builds one exercise screen per kind, so a step cannot quietly switch kinds in a
 * translation.
 */
export const PROGRAM_PLAN = {
  'broke-trust': [
    { exercise: 'disclosure-list', counsellingRequired: true, tools: ['ending-contact', 'more-comes-out'] },
    { exercise: 'reaction-plan', counsellingRequired: false, tools: ['talk-times'] },
    { exercise: 'apology-workshop', counsellingRequired: true },
    // Understanding the choice comes after the apology, never before it (see its notice).
    {
      exercise: 'listening-log',
      counsellingRequired: false,
      safetyLineRequired: true,
      tools: ['partner-triggered', 'understanding-choice'],
    },
    { exercise: 'openness-plan', counsellingRequired: false },
    { exercise: 'self-forgiveness-checkin', counsellingRequired: false, crisisLink: true },
    {
      exercise: 'patience-timeline',
      counsellingRequired: false,
      safetyLineRequired: true,
      tools: ['partner-leaves'],
    },
  ],
  // The hurt partner's track links to the crisis line on every step: the rawest weeks are theirs.
  'was-hurt': [
    {
      exercise: 'anger-release',
      counsellingRequired: true,
      safetyLineRequired: true,
      crisisLink: true,
      tools: ['my-questions', 'talk-times'],
    },
    { exercise: 'linger-reflection', counsellingRequired: false, crisisLink: true, tools: ['trigger-log'] },
    { exercise: 'expectations-list', counsellingRequired: false, crisisLink: true, tools: ['deciding'] },
    { exercise: 'love-notes', counsellingRequired: false, crisisLink: true },
  ],
} as const satisfies Record<TrackId, readonly StepPlan[]>;

/**
 * Tools whose words must include a guide or a notice: the guidance is the point of them
 * (what helps when a partner is triggered; which questions help), and understanding the
 * choice must say plainly that it is for understanding, not excusing.
 */
export const TOOL_NEEDS: Partial<Record<ExerciseKind, readonly ('guide' | 'notice')[]>> = {
  'understanding-choice': ['notice'],
  'partner-triggered': ['guide'],
  'my-questions': ['guide'],
  deciding: ['guide'],
  'talk-times': ['guide'],
  'partner-leaves': ['guide'],
};

/** Safety questions where "prefer not to say" must count as a concern. */
export const CONCERN_WHEN_UNSAID = ['violence', 'fear'] as const;

/** Whether a step links to the crisis line (from the plan, so a translation cannot drop it). */
export function stepLinksToCrisisLine(track: TrackId, order: number): boolean {
  const plan: readonly StepPlan[] = PROGRAM_PLAN[track];
  return plan[order - 1]?.crisisLink === true;
}

/** Step ids carry their track's prefix so an id alone says which path it belongs to. */
const STEP_ID_PREFIX: Record<TrackId, string> = { 'broke-trust': 'bt-', 'was-hurt': 'wh-' };

export function programRuleIssues(program: ProgramValue): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (path: ContentIssue['path'], message: string) => issues.push({ path, message });

  const seenTracks = new Set<TrackId>();
  const seenSteps = new Set<string>();
  const seenPrompts = new Set<string>();

  program.tracks.forEach((track, t) => {
    if (seenTracks.has(track.id)) report(['tracks', t, 'id'], `track "${track.id}" appears twice`);
    seenTracks.add(track.id);

    const plan: readonly StepPlan[] = PROGRAM_PLAN[track.id];
    if (track.steps.length !== plan.length) {
      report(
        ['tracks', t, 'steps'],
        `track "${track.id}" must have ${plan.length} steps, found ${track.steps.length}`,
      );
    }

    track.steps.forEach((step, s) => {
      const at = ['tracks', t, 'steps', s];
      if (step.track !== track.id) {
        report([...at, 'track'], `step "${step.id}" says track "${step.track}" but sits in "${track.id}"`);
      }
      if (!step.id.startsWith(STEP_ID_PREFIX[track.id])) {
        report([...at, 'id'], `step "${step.id}" must start with "${STEP_ID_PREFIX[track.id]}"`);
      }
      // Listed in order and numbered 1..n: catches gaps, repeats and shuffles in one rule.
      if (step.order !== s + 1) {
        report(
          [...at, 'order'],
          `step "${step.id}" is listed at position ${s + 1} but has order ${step.order}`,
        );
      }
      if (seenSteps.has(step.id)) report([...at, 'id'], `step id "${step.id}" is used twice`);
      seenSteps.add(step.id);

      const expected = plan[s];
      if (expected) {
        if (step.exercise.kind !== expected.exercise) {
          report(
            [...at, 'exercise', 'kind'],
            `step "${step.id}" must offer the "${expected.exercise}" exercise`,
          );
        }
        const tools = (step.tools ?? []).map((tool) => tool.kind);
        const plannedTools = expected.tools ?? [];
        if (tools.join(',') !== plannedTools.join(',')) {
          report(
            [...at, 'tools'],
            plannedTools.length === 0
              ? `step "${step.id}" offers no extra tools`
              : `step "${step.id}" must offer the tools ${plannedTools.map((kind) => `"${kind}"`).join(', ')}, in that order`,
          );
        }
        (step.tools ?? []).forEach((tool, n) => {
          for (const need of TOOL_NEEDS[tool.kind] ?? []) {
            if (tool[need] === undefined) {
              report([...at, 'tools', n, need], `the "${tool.kind}" tool in "${step.id}" needs a ${need}`);
            }
          }
        });
        if (expected.counsellingRequired && step.counselling === undefined) {
          report([...at, 'counselling'], `step "${step.id}" must suggest counselling`);
        }
        if (expected.safetyLineRequired === true && step.safetyLine === undefined) {
          report([...at, 'safetyLine'], `step "${step.id}" must carry a safety line`);
        }
      }

      step.prompts.forEach((prompt, p) => {
        if (!prompt.id.startsWith(`${step.id}.`)) {
          report([...at, 'prompts', p, 'id'], `prompt "${prompt.id}" must start with "${step.id}."`);
        }
        if (seenPrompts.has(prompt.id))
          report([...at, 'prompts', p, 'id'], `prompt id "${prompt.id}" is used twice`);
        seenPrompts.add(prompt.id);
      });
    });
  });

  const questionIds = new Set<string>();
  program.safetyCheck.questions.forEach((question, q) => {
    if (questionIds.has(question.id)) {
      report(['safetyCheck', 'questions', q, 'id'], `safety question id "${question.id}" is used twice`);
    }
    questionIds.add(question.id);
  });
  // Someone answering beside the person they fear may only be able to say "prefer not to say".
  for (const id of CONCERN_WHEN_UNSAID) {
    const q = program.safetyCheck.questions.findIndex((question) => question.id === id);
    const question = program.safetyCheck.questions[q];
    if (question === undefined) {
      report(['safetyCheck', 'questions'], `the safety check must ask the "${id}" question`);
    } else if (!question.preferNotIsConcern) {
      report(
        ['safetyCheck', 'questions', q, 'preferNotIsConcern'],
        `"prefer not to say" on the "${id}" question must lead to the kind screen`,
      );
    }
  }

  return issues;
}
