import { z } from 'zod';

/**
 * The second edition's exercise tools, described as data: each is a few labelled texts (a
 * plan, a commitment, a reflection), perhaps one choice, and perhaps a list or a dated log.
 * One description drives the saved schema (`exercises.ts`), the screen (renderer
 * `StructuredTool`), the export items and their import (`export/toolItems.ts`) and search, so
 * a new tool is a new entry here plus its words in program.json.
 *
 * The labels are also the export's item labels; changing one changes the open format, so a
 * changed label must keep reading the old one (see docs/export-format.md).
 */

export const TOOL_KINDS = [
  'ending-contact',
  'more-comes-out',
  'understanding-choice',
  'partner-triggered',
  'partner-leaves',
  'my-questions',
  'trigger-log',
  'deciding',
  'talk-times',
] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export interface ToolTextField {
  /** Stable key in the saved data; never shown. */
  key: string;
  label: string;
  /** A single line (input) instead of a paragraph (textarea). */
  line?: boolean;
}

export interface ToolChoice {
  legend: string;
  options: readonly { value: string; label: string }[];
}

export interface ToolEntries {
  legend: string;
  addLabel: string;
  /** Read with the entry's number or day: "Question 2", "Contact attempt of 3 March". */
  noun: string;
  /** A log: each entry has a day and they show newest first. A list: no day, in the order written. */
  dated: boolean;
  /** The first is the entry's main text; in a list it is one line, and Enter adds the next entry. */
  texts: readonly ToolTextField[];
  /** Ticks inside an entry ("Reassured", "Listened"), under one heading. */
  checks?: { legend: string; options: readonly { key: string; label: string }[] };
  /**
   * One mark per entry ("Answered", "Told my partner"); a dated mark remembers the day it was
   * ticked, which can be changed, and the words shown once it is ticked and while it is not.
   */
  mark?: { label: string; dated: boolean; doneText: string; notDoneText: string };
}

/** One tool, under its kind in `TOOL_SPECS`. */
export interface ToolSpec {
  texts: readonly ToolTextField[];
  choice?: ToolChoice;
  entries?: ToolEntries;
}

export const TOOL_SPECS: Record<ToolKind, ToolSpec> = {
  'ending-contact': {
    texts: [
      { key: 'words', label: 'What I will say to end it' },
      { key: 'when', label: 'When and how I will say it' },
      { key: 'telling', label: 'How I will tell my partner about any contact, within a day' },
    ],
    entries: {
      legend: 'Contact attempts',
      addLabel: 'Log a contact attempt',
      noun: 'Contact attempt',
      dated: true,
      texts: [
        { key: 'what', label: 'What happened' },
        { key: 'response', label: 'What I did' },
      ],
      mark: {
        label: 'Told my partner',
        dated: true,
        doneText: 'Told my partner about it',
        notDoneText: 'Not told yet',
      },
    },
  },
  'more-comes-out': {
    texts: [
      { key: 'plan', label: 'If something I have not told comes out, what I will do' },
      { key: 'words', label: 'The words I will use to say it myself, at once' },
      { key: 'support', label: 'Who helps me tell the truth instead of hiding it' },
    ],
  },
  'understanding-choice': {
    texts: [
      { key: 'toldMyself', label: 'What I told myself' },
      { key: 'smallSteps', label: 'The small steps that led there' },
      { key: 'warningSigns', label: 'My warning signs' },
      { key: 'whenTheyReturn', label: 'What I will do when they come back' },
    ],
  },
  'partner-triggered': {
    texts: [],
    entries: {
      legend: 'Times my partner was triggered',
      addLabel: 'Log a time my partner was triggered',
      noun: 'Entry',
      dated: true,
      texts: [
        { key: 'happened', label: 'What happened' },
        { key: 'did', label: 'What I did' },
      ],
      checks: {
        legend: 'How I responded',
        options: [
          { key: 'reassured', label: 'Reassured' },
          { key: 'listened', label: 'Listened' },
          { key: 'noDefence', label: 'Did not defend myself' },
        ],
      },
    },
  },
  'partner-leaves': {
    texts: [
      { key: 'respect', label: 'How I will respect the decision' },
      { key: 'keep', label: 'The changes I will keep, whatever happens' },
      { key: 'support', label: 'Who I can lean on, so my partner does not have to' },
    ],
  },
  'my-questions': {
    texts: [],
    entries: {
      legend: 'My questions',
      addLabel: 'Add a question',
      noun: 'Question',
      dated: false,
      texts: [
        { key: 'question', label: 'Question', line: true },
        { key: 'note', label: 'Note' },
      ],
      mark: { label: 'Answered', dated: false, doneText: 'Answered', notDoneText: 'Still open' },
    },
  },
  'trigger-log': {
    texts: [],
    entries: {
      legend: 'Trigger log',
      addLabel: 'Log a trigger from today',
      noun: 'Entry',
      dated: true,
      texts: [
        { key: 'when', label: 'When and where', line: true },
        { key: 'setOff', label: 'What set it off' },
        { key: 'helped', label: 'What helped' },
      ],
    },
  },
  deciding: {
    texts: [
      { key: 'needToSee', label: 'What I would need to see to stay' },
      { key: 'tellMeToGo', label: 'What would tell me to go' },
      { key: 'noticing', label: 'What I am noticing lately' },
    ],
    choice: {
      legend: 'Where I am right now',
      options: [
        { value: 'not-yet', label: 'Not yet decided' },
        { value: 'stay', label: 'Leaning towards staying' },
        { value: 'leave', label: 'Leaning towards leaving' },
      ],
    },
  },
  'talk-times': {
    texts: [
      { key: 'when', label: 'When we talk about it (days and times, never late at night)' },
      { key: 'where', label: 'Where, away from the children' },
      { key: 'pauseWord', label: 'Our pause word', line: true },
      { key: 'afterPause', label: 'What we do when one of us says it' },
      { key: 'between', label: 'What I do with thoughts that come between talks' },
    ],
  },
};

export function isToolKind(kind: string): kind is ToolKind {
  return (TOOL_KINDS as readonly string[]).includes(kind);
}

/** What a tool saves: its texts by key, its choice, its entries. */
export interface ToolEntry {
  id: string;
  /** The entry's day in a log; null in a list. */
  date: string | null;
  texts: Record<string, string>;
  checks: Record<string, boolean>;
  /** The mark ("Answered", "Told my partner"). */
  done: boolean;
  /** The day of a dated mark; null when not done or the mark is not dated. */
  doneOn: string | null;
}

export interface ToolData<K extends ToolKind = ToolKind> {
  kind: K;
  texts: Record<string, string>;
  choice: string | null;
  entries: ToolEntry[];
}

export function emptyTool<K extends ToolKind>(kind: K): ToolData<K> {
  const { texts } = TOOL_SPECS[kind];
  return {
    kind,
    texts: Object.fromEntries(texts.map((field) => [field.key, ''])),
    choice: null,
    entries: [],
  };
}

/** A new blank entry for the tool (its day: `today` for a log, none for a list). */
export function emptyToolEntry(kind: ToolKind, id: string, today: string): ToolEntry {
  const entries = TOOL_SPECS[kind].entries;
  return {
    id,
    date: entries?.dated === true ? today : null,
    texts: Object.fromEntries((entries?.texts ?? []).map((field) => [field.key, ''])),
    checks: Object.fromEntries((entries?.checks?.options ?? []).map((option) => [option.key, false])),
    done: false,
    doneOn: null,
  };
}

interface SchemaParts {
  text: z.ZodString;
  line: z.ZodString;
  itemId: z.ZodString;
  localDate: z.ZodType<string>;
  maxItems: number;
}

/**
 * The strict schema of one tool's saved data, built from its description: exactly the keys it
 * names, every text with a ceiling, a choice only among its options, a day only where the
 * tool has one. The parts come from `exercises.ts` so every tool shares the same limits.
 */
export function toolSchema<K extends ToolKind>(kind: K, parts: SchemaParts) {
  const described = TOOL_SPECS[kind];
  const texts = (fields: readonly ToolTextField[]) =>
    z.strictObject(
      Object.fromEntries(fields.map((field) => [field.key, field.line === true ? parts.line : parts.text])),
    );
  const entries = described.entries;
  const entry = z
    .strictObject({
      id: parts.itemId,
      date: entries?.dated === true ? parts.localDate : z.null(),
      texts: texts(entries?.texts ?? []),
      checks: z.strictObject(
        Object.fromEntries((entries?.checks?.options ?? []).map((option) => [option.key, z.boolean()])),
      ),
      done: entries?.mark === undefined ? z.literal(false) : z.boolean(),
      doneOn: entries?.mark?.dated === true ? parts.localDate.nullable() : z.null(),
    })
    .refine((value) => value.doneOn === null || value.done, 'a day for a mark that is not ticked');
  const options = described.choice?.options.map((option) => option.value) ?? [];
  return z.strictObject({
    kind: z.literal(kind),
    texts: texts(described.texts),
    choice:
      options.length === 0
        ? z.null()
        : z
            .string()
            .refine((value) => options.includes(value))
            .nullable(),
    entries: z.array(entry).max(entries === undefined ? 0 : parts.maxItems),
  });
}
