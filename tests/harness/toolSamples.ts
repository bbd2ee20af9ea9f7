import type { ToolData, ToolKind } from '../../src/shared/exerciseTools';

/**
 * One filled-in example of each second-edition tool, at the step that offers it, with a word
 * no other sample uses (`find`) so a search or an export can be checked for exactly this tool.
 */
export interface ToolSample {
  stepId: string;
  data: ToolData;
  find: string;
}

const entry = (id: string, fields: Partial<ToolData['entries'][number]>): ToolData['entries'][number] => ({
  id,
  date: null,
  texts: {},
  checks: {},
  done: false,
  doneOn: null,
  ...fields,
});

export const TOOL_SAMPLES: Record<ToolKind, ToolSample> = {
  'ending-contact': {
    stepId: 'bt-1-honesty',
    find: 'Lisbonwharf',
    data: {
      kind: 'ending-contact',
      texts: {
        words: 'It is over, please do not contact me again. Lisbonwharf',
        when: 'Tonight, by message, with you beside me.',
        telling: 'The same day, in person, before anything else.',
      },
      choice: null,
      entries: [
        entry('c1', {
          date: '2026-03-02',
          texts: { what: 'A message on my work phone.', response: 'Did not reply; blocked the number.' },
          done: true,
          doneOn: '2026-03-02',
        }),
        entry('c2', { date: '2026-03-09', texts: { what: 'A call I missed.', response: '' } }),
      ],
    },
  },
  'more-comes-out': {
    stepId: 'bt-1-honesty',
    find: 'Quarrystone',
    data: {
      kind: 'more-comes-out',
      texts: {
        plan: 'Tell you the same day, whatever else is happening. Quarrystone',
        words: 'There is something I did not tell you, and I should have.',
        support: 'My counsellor, and my brother.',
      },
      choice: null,
      entries: [],
    },
  },
  'understanding-choice': {
    stepId: 'bt-4-listening',
    find: 'Marrowgate',
    data: {
      kind: 'understanding-choice',
      texts: {
        toldMyself: 'That it was harmless because nobody knew. Marrowgate',
        smallSteps: 'Late replies, then lunches, then hiding my phone.',
        warningSigns: 'Keeping a conversation secret.',
        whenTheyReturn: 'Tell you, and call my counsellor.',
      },
      choice: null,
      entries: [],
    },
  },
  'partner-triggered': {
    stepId: 'bt-4-listening',
    find: 'Harbourlight',
    data: {
      kind: 'partner-triggered',
      texts: {},
      choice: null,
      entries: [
        entry('t1', {
          date: '2026-03-04',
          texts: { happened: 'A song in the car. Harbourlight', did: 'Pulled over and listened.' },
          checks: { reassured: true, listened: true, noDefence: false },
        }),
      ],
    },
  },
  'partner-leaves': {
    stepId: 'bt-7-patience',
    find: 'Thistledown',
    data: {
      kind: 'partner-leaves',
      texts: {
        respect: 'Accept it without arguing. Thistledown',
        keep: 'Honesty, the counselling, no secrets.',
        support: 'My sister.',
      },
      choice: null,
      entries: [],
    },
  },
  'my-questions': {
    stepId: 'wh-1-letting-go-of-anger',
    find: 'Copperfield',
    data: {
      kind: 'my-questions',
      texts: {},
      choice: null,
      entries: [
        entry('q1', { texts: { question: 'When did it start? Copperfield', note: 'In May.' }, done: true }),
        entry('q2', { texts: { question: 'Who else knew?', note: '' } }),
      ],
    },
  },
  'trigger-log': {
    stepId: 'wh-2-lingering-feelings',
    find: 'Elderbrook',
    data: {
      kind: 'trigger-log',
      texts: {},
      choice: null,
      entries: [
        entry('g1', {
          date: '2026-03-05',
          texts: {
            when: 'Evening, the kitchen',
            setOff: 'Her name on the radio. Elderbrook',
            helped: 'The grounding exercise.',
          },
        }),
      ],
    },
  },
  deciding: {
    stepId: 'wh-3-expectations',
    find: 'Saltmarsh',
    data: {
      kind: 'deciding',
      texts: {
        needToSee: 'A year of honesty without me asking. Saltmarsh',
        tellMeToGo: 'Another lie.',
        noticing: 'Some calmer evenings.',
      },
      choice: 'not-yet',
      entries: [],
    },
  },
  'talk-times': {
    stepId: 'bt-2-reaction',
    find: 'Juniperway',
    data: {
      kind: 'talk-times',
      texts: {
        when: 'Tuesdays and Saturdays at seven. Juniperway',
        where: 'The walk by the river.',
        pauseWord: 'Lighthouse',
        afterPause: 'Stop, and pick it up at the next time.',
        between: 'Write it down for the next talk.',
      },
      choice: null,
      entries: [],
    },
  },
};
