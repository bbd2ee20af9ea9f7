import { describe, expect, it } from 'vitest';
import { demandingPhrases, guidanceTexts, readRawProgram, sentences, voiceProblems } from './programFile';
import { loadProgram, stepById } from './programTestKit';

/** The brief's rules for how the guidance reads, and the safety words it must carry. */
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

  it('quotes the page name wherever a sentence names it, so the sentence still reads', async () => {
    const texts = guidanceTexts(await readRawProgram());
    const named = texts.filter(
      (text) => text.includes('If you are not safe') && text !== 'If you are not safe',
    );
    expect(named.length).toBeGreaterThan(4);
    for (const text of named)
      expect(text.replaceAll('“If you are not safe”', ''), text).not.toContain('If you are not safe');
  });

  it('says where the helplines are as the safety page shows them: first, above the words', async () => {
    const safety = guidanceTexts((await loadProgram()).safety).join(' ');
    expect(safety).toMatch(/The lines above are free and confidential/);
    expect(safety).not.toMatch(/lines below/);
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
