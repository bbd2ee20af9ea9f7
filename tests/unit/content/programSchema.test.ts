import { describe, expect, it } from 'vitest';
import { issuesOf, stepAt, withChange, type ProgramJson } from './programTestKit';

/** Each case breaks the real file in one way and expects the content rules to name it. */
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
