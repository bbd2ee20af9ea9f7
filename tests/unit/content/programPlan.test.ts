import { describe, expect, it } from 'vitest';
import { PROGRAM_PLAN } from '../../../src/shared/contentRules';
import { TOOL_KINDS } from '../../../src/shared/exerciseTools';
import { APOLOGY_GUIDANCE_STEP_ID } from '../../../src/shared/apology/apologyRules';
import { readRawProgram } from './programFile';
import { issuesOf, loadProgram, stepById } from './programTestKit';

/** The English program file as a whole: valid, shaped by the plan, and the issue-14 content. */
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
    // The meaning stage sits in the step straight after the apology (step 3), and says so.
    expect(listening.order).toBe(stepById(program, APOLOGY_GUIDANCE_STEP_ID).order + 1);
    expect(understanding?.instructions).toMatch(/in step 4, straight after the apology of step 3/);
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
