import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgramContent, type Step } from '../../../src/shared/content';
import { MendError } from '../../../src/shared/errors';
import { loadContentService } from '../../../src/main/services/contentService';
import { createTestMend, makeTempDir, RESOURCES_DIR, trustedSender } from '../../harness/core';
import { PROGRAM_PLAN } from '../../../src/shared/contentRules';
import { TOOL_KINDS } from '../../../src/shared/exerciseTools';
import { APOLOGY_GUIDANCE_STEP_ID } from '../../../src/shared/apology/apologyRules';
import { demandingPhrases, guidanceTexts, readRawProgram, sentences, voiceProblems } from './programFile';

/** A deep copy of the real file with one change applied, so each failure case differs by one thing. */
async function withChange(change: (program: ProgramJson) => void): Promise<unknown> {
  const program = structuredClone(await readRawProgram()) as ProgramJson;
  change(program);
  return program;
}

/** The raw JSON, typed loosely enough to break on purpose. */
interface ProgramJson {
  [key: string]: unknown;
  tracks: {
    [key: string]: unknown;
    id: string;
    steps: (Record<string, unknown> & { prompts: Record<string, unknown>[] })[];
  }[];
}

function stepAt(program: ProgramJson, track: number, step: number) {
  const found = program.tracks[track]?.steps[step];
  if (!found) throw new Error(`test setup: no step ${step} in track ${track}`);
  return found;
}

/** The validation messages with their paths, e.g. `tracks.0.steps.1.prompts: Too small…`. */
function issuesOf(candidate: unknown): string[] {
  const result = ProgramContent.safeParse(candidate);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

async function loadProgram(): Promise<ProgramContent> {
  return ProgramContent.parse(await readRawProgram());
}

function stepById(program: ProgramContent, id: string): Step {
  const step = program.tracks.flatMap((track) => track.steps).find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

describe('the English program file', () => {
  it('validates against the schema and its rules', async () => {
    expect(issuesOf(await readRawProgram())).toEqual([]);
  });

  it('follows the program plan: seven steps for broke-trust, four for was-hurt, in order', async () => {
    const program = await loadProgram();
    expect(program.tracks.map((track) => [track.id, track.steps.length])).toEqual([
      ['broke-trust', 7],
      ['was-hurt', 4],
    ]);
    for (const track of program.tracks) {
      expect(track.steps.map((step) => step.exercise.kind)).toEqual(
        PROGRAM_PLAN[track.id].map((plan) => plan.exercise),
      );
    }
  });

  it('offers every second-edition tool where the plan puts it, each with words of its own', async () => {
    const program = await loadProgram();
    const offered = program.tracks.flatMap((track) =>
      track.steps.flatMap((step) => (step.tools ?? []).map((tool) => `${step.id}:${tool.kind}`)),
    );
    expect(offered).toEqual([
      'bt-1-honesty:ending-contact',
      'bt-1-honesty:more-comes-out',
      'bt-2-reaction:talk-times',
      'bt-4-listening:partner-triggered',
      'bt-4-listening:understanding-choice',
      'bt-7-patience:partner-leaves',
      'wh-1-letting-go-of-anger:my-questions',
      'wh-1-letting-go-of-anger:talk-times',
      'wh-2-lingering-feelings:trigger-log',
      'wh-3-expectations:deciding',
    ]);
    expect(new Set(offered.map((ref) => ref.split(':')[1]))).toEqual(new Set(TOOL_KINDS));
  });

  it('says plainly that understanding the choice is not an excuse, and comes after the apology', async () => {
    const program = await loadProgram();
    const listening = stepById(program, 'bt-4-listening');
    const understanding = listening.tools?.find((tool) => tool.kind === 'understanding-choice');
    expect(understanding?.notice).toMatch(/for understanding, not for excusing/);
    expect(understanding?.notice).toMatch(/not something to send your partner/);
    expect(listening.order).toBeGreaterThan(stepById(program, APOLOGY_GUIDANCE_STEP_ID).order);
  });

  it('explains stages and time where a person starts, and step 7 no longer suggests weeks', async () => {
    const program = await loadProgram();
    const intro = program.intro.paragraphs.join(' ');
    expect(intro).toMatch(/impact/);
    expect(intro).toMatch(/understanding/);
    expect(intro).toMatch(/moving on/);
    expect(intro).toMatch(/One to two years/);
    expect(intro).toMatch(/anniversaries/);
    expect(stepById(program, 'bt-7-patience').summary).not.toMatch(/weeks/);
  });

  it('titles the hurt partner\u2019s first step around being heard, never opening with letting go', async () => {
    const title = stepById(await loadProgram(), 'wh-1-letting-go-of-anger').title;
    expect(title).not.toMatch(/^let (?:it|your anger) go/i);
    expect(title).toMatch(/heard/);
    expect(title).toMatch(/own time/);
  });

  it('says asking for openness is understandable and that agreement makes it work', async () => {
    const step = stepById(await loadProgram(), 'wh-2-lingering-feelings');
    expect(step.do.some((line) => /understandable to ask/.test(line) && /agree/.test(line))).toBe(true);
  });

  it('has the step the apology checker links to, with the apology exercise', async () => {
    expect(stepById(await loadProgram(), APOLOGY_GUIDANCE_STEP_ID).exercise.kind).toBe('apology-workshop');
  });
});

describe('the schema refuses a broken file', () => {
  it.each<[string, (program: ProgramJson) => void, RegExp]>([
    ['a missing step field', (p) => delete stepAt(p, 0, 1).why, /^tracks\.0\.steps\.1\.why: /],
    ['a missing safety page', (p) => delete p.safety, /^safety: /],
    ['a missing track description', (p) => delete p.tracks[1]?.description, /^tracks\.1\.description: /],
    [
      'a duplicate prompt id',
      (p) => {
        const prompts = stepAt(p, 0, 0).prompts;
        prompts[1] = { ...prompts[1], id: prompts[0]?.id };
      },
      /prompt id "bt-1-honesty\.p1" is used twice/,
    ],
    [
      'a duplicate step id',
      (p) => {
        stepAt(p, 0, 1).id = 'bt-1-honesty';
      },
      /step id "bt-1-honesty" is used twice/,
    ],
    ['two prompts', (p) => void (stepAt(p, 1, 0).prompts.length = 2), /^tracks\.1\.steps\.0\.prompts: .*>=3/],
    [
      'seven prompts',
      (p) => {
        const prompts = stepAt(p, 0, 2).prompts;
        while (prompts.length < 7)
          prompts.push({ id: `bt-3-asking-forgiveness.p${prompts.length + 1}`, text: 'One more?' });
      },
      /^tracks\.0\.steps\.2\.prompts: .*<=6/,
    ],
    [
      'a gap in the step order',
      (p) => void (stepAt(p, 0, 3).order = 5),
      /listed at position 4 but has order 5/,
    ],
    [
      'a step filed under the other track',
      (p) => void (stepAt(p, 1, 2).track = 'broke-trust'),
      /says track "broke-trust"/,
    ],
    [
      'a was-hurt step too few',
      (p) => void p.tracks[1]?.steps.pop(),
      /"was-hurt" must have 4 steps, found 3/,
    ],
    [
      'a broke-trust step too many',
      (p) => void p.tracks[0]?.steps.push(stepAt(p, 0, 6)),
      /must have 7 steps, found 8/,
    ],
    [
      'the wrong exercise for a step',
      (p) => void ((stepAt(p, 0, 4).exercise as { kind: string }).kind = 'love-notes'),
      /must offer the "openness-plan" exercise/,
    ],
    [
      'a prompt id from another step',
      (p) => void (stepAt(p, 0, 1).prompts[0] = { id: 'bt-9-other.p1', text: 'Why?' }),
      /must start with "bt-2-reaction\."/,
    ],
    ['a misspelt key', (p) => void (stepAt(p, 0, 0).signs_of_progress = []), /Unrecognized key/],
    [
      'a blank title',
      (p) => void (stepAt(p, 1, 3).title = '   '),
      /^tracks\.1\.steps\.3\.title: must not be blank/,
    ],
    [
      'an unknown exercise kind',
      (p) => void ((stepAt(p, 1, 1).exercise as { kind: string }).kind = 'quiz'),
      /^tracks\.1\.steps\.1\.exercise\.kind: /,
    ],
    [
      'a missing safety line on being heard',
      (p) => void delete stepAt(p, 0, 3).safetyLine,
      /^tracks\.0\.steps\.3\.safetyLine: step "bt-4-listening" must carry a safety line/,
    ],
    [
      '"prefer not to say" on the violence question not counting',
      (p) => {
        const check = p.safetyCheck as { questions: { id: string; preferNotIsConcern: boolean }[] };
        const violence = check.questions.find((question) => question.id === 'violence');
        if (violence) violence.preferNotIsConcern = false;
      },
      /"prefer not to say" on the "violence" question must lead to the kind screen/,
    ],
    [
      'no fear question',
      (p) => {
        const check = p.safetyCheck as { questions: { id: string }[] };
        check.questions = check.questions.filter((question) => question.id !== 'fear');
      },
      /the safety check must ask the "fear" question/,
    ],
    ['a missing first-weeks page', (p) => delete p.firstWeeks, /^firstWeeks: /],
    [
      'a step without the tools the plan gives it',
      (p) => delete stepAt(p, 0, 0).tools,
      /^tracks\.0\.steps\.0\.tools: step "bt-1-honesty" must offer the tools "ending-contact", "more-comes-out"/,
    ],
    [
      'a tool on a step that offers none',
      (p) => void (stepAt(p, 0, 2).tools = [{ kind: 'deciding', title: 'Deciding', instructions: 'Words.' }]),
      /^tracks\.0\.steps\.2\.tools: step "bt-3-asking-forgiveness" offers no extra tools/,
    ],
    [
      'tools in another order',
      (p) => void (stepAt(p, 0, 3).tools as unknown[]).reverse(),
      /must offer the tools "partner-triggered", "understanding-choice", in that order/,
    ],
    [
      'an unknown tool kind',
      (p) => void ((stepAt(p, 1, 1).tools as { kind: string }[])[0] = { kind: 'mood-ring' }),
      /^tracks\.1\.steps\.1\.tools\.0\.kind: /,
    ],
    [
      'understanding the choice without its notice',
      (p) => void delete (stepAt(p, 0, 3).tools as Record<string, unknown>[])[1]?.notice,
      /the "understanding-choice" tool in "bt-4-listening" needs a notice/,
    ],
    [
      'a triggered-partner tool without its guide',
      (p) => void delete (stepAt(p, 0, 3).tools as Record<string, unknown>[])[0]?.guide,
      /the "partner-triggered" tool in "bt-4-listening" needs a guide/,
    ],
    [
      'the same track twice',
      (p) => void (p.tracks[1] && (p.tracks[1].id = 'broke-trust')),
      /track "broke-trust" appears twice/,
    ],
  ])('%s', async (_label, change, expected) => {
    const issues = issuesOf(await withChange(change));
    expect(
      issues.some((issue) => expected.test(issue)),
      issues.join('\n'),
    ).toBe(true);
  });

  it.each([
    ['disclosure', 0, 0],
    ['asking forgiveness', 0, 2],
    ['letting go of anger', 1, 0],
  ])('a missing counselling line on %s', async (_label, track, step) => {
    const issues = issuesOf(await withChange((p) => delete stepAt(p, track, step).counselling));
    expect(issues).toEqual([expect.stringMatching(/\.counselling: step ".+" must suggest counselling$/)]);
  });

  it('allows a step without counselling where it is optional', async () => {
    expect(issuesOf(await withChange((p) => delete stepAt(p, 0, 4).counselling))).toEqual([]);
  });
});

describe('the voice of the guidance', () => {
  it('keeps every rule the brief sets', async () => {
    expect(voiceProblems(guidanceTexts(await readRawProgram()))).toEqual([]);
  });

  it('catches text that breaks the rules (the check can fail)', () => {
    expect(
      voiceProblems(['You can do it!', 'Well done \u{1F60A}', 'This plan will save your relationship.']).map(
        (problem) => problem.rule,
      ),
    ).toEqual(['no exclamation marks', 'no emoji', 'never promises reconciliation']);
  });

  it('frames openness (bt step 5) as offered, time-limited and reviewed, never demanded', async () => {
    const openness = guidanceTexts(stepById(await loadProgram(), 'bt-5-openness')).join(' ');
    expect(demandingPhrases([openness])).toEqual([]);
    expect(openness).toMatch(/\boffer/i);
    expect(openness).toMatch(/how long|end date|for a while/i);
    expect(openness).toMatch(/review/i);
    expect(openness).toMatch(/If you are not safe/);
  });

  it('nowhere tells anyone to demand or check a partner\u2019s phone, messages or location', async () => {
    expect(demandingPhrases(guidanceTexts(await readRawProgram()))).toEqual([]);
  });

  it('recognises demanding phrases (the check can fail)', () => {
    expect(
      demandingPhrases([
        'Demand to see their messages.',
        "Check your partner's phone every night.",
        'You can track their location for a while.',
        'You may choose to offer a look at your messages for an agreed time.',
      ]),
    ).toHaveLength(3);
  });

  it('keeps the safety page calm and specific, with its numbers left to the helpline data', async () => {
    const program = await loadProgram();
    const safety = guidanceTexts(program.safety).join(' ');
    expect(safety).toMatch(/violence, threats, coercion or control/);
    expect(safety).toMatch(/local emergency number/);
    expect(safety).toMatch(/not a substitute for therapy/);
    // The numbers come from resources/helplines; the page no longer sends anyone to look for one.
    expect(safety).not.toMatch(/pharmacist can help you find/);
  });

  it('applies the no-digits rule to every new text: first weeks, self-harm line, safety check', async () => {
    const program = await loadProgram();
    const texts = guidanceTexts([
      program.firstWeeks,
      program.selfHarm,
      program.safetyCheck,
      program.safetyCheckCare,
    ]);
    expect(texts.length).toBeGreaterThan(20);
    expect(voiceProblems(texts)).toEqual([]);
    expect(voiceProblems(['Call 988 tonight.']).map((problem) => problem.rule)).toEqual([
      'no links or phone numbers',
    ]);
  });

  it('asks about physical harm and fear for safety plainly, with "prefer not to say" counting there', async () => {
    const { questions } = (await loadProgram()).safetyCheck;
    const byId = new Map(questions.map((question) => [question.id, question]));
    expect(byId.get('violence')?.text).toMatch(/pushed, hit, choked/);
    expect(byId.get('violence')?.text).toMatch(/body/);
    expect(byId.get('fear')?.text).toMatch(/afraid for your safety/);
    // "Are you afraid of your partner" catches "afraid they will leave": never ask it that way.
    expect(questions.some((question) => /afraid of your partner/i.test(question.text))).toBe(false);
    expect(byId.get('violence')?.preferNotIsConcern).toBe(true);
    expect(byId.get('fear')?.preferNotIsConcern).toBe(true);
    expect([...byId.keys()]).toEqual(expect.arrayContaining(['threats', 'control']));
    expect((await loadProgram()).safetyCheck.intro).toMatch(/prefer not to say/);
    expect((await loadProgram()).safetyCheck.intro).toMatch(/never your answers/);
  });

  it('gives the kind screen what Mend can and cannot do and a way on', async () => {
    const care = (await loadProgram()).safetyCheckCare;
    expect(care.canDo.length).toBeGreaterThan(0);
    expect(care.cannotDo.join(' ')).toMatch(/safe/);
    expect(care.paragraphs.join(' ')).toMatch(/not your fault/);
    expect(care.goOn).toMatch(/If you are not safe/);
  });

  it('carries a safety line in being heard, patience and anger, and only there', async () => {
    const program = await loadProgram();
    const withLine = program.tracks
      .flatMap((track) => track.steps)
      .filter((step) => step.safetyLine !== undefined)
      .map((step) => step.id);
    expect(withLine).toEqual(['bt-4-listening', 'bt-7-patience', 'wh-1-letting-go-of-anger']);
    for (const id of withLine) {
      const line = stepById(program, id).safetyLine ?? '';
      expect(line).toMatch(/threats, humiliation, (breaking|broken) things or violence/i);
      expect(line).toMatch(/from either of you/);
      expect(line).toMatch(/leaving the room to stay safe is always allowed/i);
    }
  });

  it('has a first-weeks page covering what the brief asks, and a self-harm sentence', async () => {
    const program = await loadProgram();
    const page = guidanceTexts(program.firstWeeks).join(' ');
    for (const topic of [
      /normal/,
      /sleep/i,
      /eat/,
      /one person you trust/,
      /cannot be taken back/,
      /confront the affair partner/,
      /online/,
      /tested/,
      /[Cc]hildren/,
    ]) {
      expect(page).toMatch(topic);
    }
    expect(program.firstWeeks.grounding.title).toMatch(/two-minute grounding/);
    expect(program.firstWeeks.grounding.steps.length).toBeGreaterThanOrEqual(3);
    expect(program.selfHarm).toMatch(/hurting yourself or ending your life/);
    expect(sentences(program.selfHarm).length).toBeLessThanOrEqual(2);
  });

  it('says in the shared intro that both must want it, and that parting can be right', async () => {
    const intro = (await loadProgram()).intro.paragraphs.join(' ');
    expect(intro).toMatch(/both want/);
    expect(intro).toMatch(/\bpart\b/);
  });
});

describe('the content service and app.info', () => {
  it('loads and serves the validated program from resources/', async () => {
    const program = (await loadContentService(RESOURCES_DIR)).program();
    expect(program.tracks.flatMap((track) => track.steps)).toHaveLength(11);
    expect(stepById(program, 'bt-1-honesty').prompts[0]?.id).toBe('bt-1-honesty.p1');
  });

  it('refuses a program file that breaks a content rule, as DAMAGED', async () => {
    const dir = await makeTempDir();
    try {
      const broken = await withChange((p) => void (stepAt(p, 0, 0).prompts.length = 2));
      await mkdir(join(dir.path, 'content', 'en'), { recursive: true });
      await writeFile(join(dir.path, 'content', 'en', 'program.json'), JSON.stringify(broken));
      const loading = loadContentService(dir.path);
      await expect(loading).rejects.toBeInstanceOf(MendError);
      await expect(loading).rejects.toMatchObject({ code: 'DAMAGED' });
    } finally {
      await dir.remove();
    }
  });

  it('still answers app.info with only id, title and tagline per track', async () => {
    const dir = await makeTempDir();
    const mend = await createTestMend(dir.path);
    try {
      const program = await loadProgram();
      const result = await mend.dispatch('app.info', undefined, trustedSender);
      // Exact objects: the steps and descriptions stay in main, out of the welcome payload.
      expect(result).toEqual({
        ok: true,
        value: expect.objectContaining({
          tracks: program.tracks.map(({ id, title, tagline }) => ({ id, title, tagline })),
        }),
      });
    } finally {
      await mend.dispose();
      await dir.remove();
    }
  });
});
