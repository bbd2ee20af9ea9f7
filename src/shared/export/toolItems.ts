import { TOOL_SPECS, type ToolData, type ToolEntry, type ToolKind } from '../exerciseTools';
import type { ExerciseItem } from './exportModel';

/**
 * The export items of a second-edition tool (`exerciseTools.ts`), and back. Written in the
 * description's order so the PDF and Markdown read like the screen:
 *
 * - each text: `label`, its words;
 * - the choice: the choice's legend, the chosen option's words (nothing when none is chosen);
 * - each entry, as a group that starts with its main text: `texts[0].label` (ticked when the
 *   entry has an undated mark, e.g. an answered question), then its other texts, then one item
 *   per tick (`checks.legend`, the option's words, ticked or not), then a dated mark as its own
 *   item (`mark.label`, the done or not-done words, on the day it was ticked).
 *
 * Every item of an entry carries the entry's day, except the dated mark, which carries its own.
 * Reading back is strict: an item out of place means the list was not written by this version,
 * and the caller refuses the file (null here).
 */

const item = (label: string, text: string, date: string | null = null, done: boolean | null = null) => ({
  label,
  text,
  date,
  done,
});

export function toolItems(data: ToolData): ExerciseItem[] {
  const described = TOOL_SPECS[data.kind];
  const items: ExerciseItem[] = described.texts.map((field) =>
    item(field.label, data.texts[field.key] ?? ''),
  );
  const chosen = described.choice?.options.find((option) => option.value === data.choice);
  if (described.choice !== undefined && chosen !== undefined)
    items.push(item(described.choice.legend, chosen.label));
  const entries = described.entries;
  if (entries === undefined) return items;
  const undatedMark = entries.mark !== undefined && !entries.mark.dated;
  for (const entry of data.entries) {
    entries.texts.forEach((field, index) =>
      items.push(
        item(
          field.label,
          entry.texts[field.key] ?? '',
          entry.date,
          index === 0 && undatedMark ? entry.done : null,
        ),
      ),
    );
    for (const option of entries.checks?.options ?? [])
      items.push(
        item(entries.checks?.legend ?? '', option.label, entry.date, entry.checks[option.key] === true),
      );
    if (entries.mark?.dated === true) {
      const { mark } = entries;
      items.push(item(mark.label, entry.done ? mark.doneText : mark.notDoneText, entry.doneOn, entry.done));
    }
  }
  return items;
}

/** The tool's data from its items, or null when they are not a list `toolItems` wrote. */
export function toolFromItems(kind: ToolKind, items: readonly ExerciseItem[]): ToolData | null {
  const described = TOOL_SPECS[kind];
  let at = 0;
  const next = (): ExerciseItem | undefined => items[at];

  const texts: Record<string, string> = {};
  for (const field of described.texts) {
    const found = next();
    if (found?.label !== field.label || found.date !== null || found.done !== null) return null;
    texts[field.key] = found.text;
    at += 1;
  }

  let choice: string | null = null;
  const head = next();
  if (described.choice !== undefined && head?.label === described.choice.legend) {
    const option = described.choice.options.find((candidate) => candidate.label === head.text);
    if (option === undefined) return null;
    choice = option.value;
    at += 1;
  }

  const entries: ToolEntry[] = [];
  const spec = described.entries;
  while (at < items.length) {
    if (spec === undefined) return null;
    const first = next();
    const date = first?.date ?? null;
    if (spec.dated !== (date !== null)) return null;
    const entry: ToolEntry = {
      id: `i${entries.length.toString(36)}`,
      date,
      texts: {},
      checks: {},
      done: false,
      doneOn: null,
    };
    for (const [index, field] of spec.texts.entries()) {
      const found = next();
      const undatedMark = index === 0 && spec.mark !== undefined && !spec.mark.dated;
      if (found?.label !== field.label || found.date !== date) return null;
      if (undatedMark ? found.done === null : found.done !== null) return null;
      if (undatedMark) entry.done = found.done === true;
      entry.texts[field.key] = found.text;
      at += 1;
    }
    for (const option of spec.checks?.options ?? []) {
      const found = next();
      if (found === undefined || found.label !== spec.checks?.legend || found.text !== option.label)
        return null;
      if (found.date !== date || found.done === null) return null;
      entry.checks[option.key] = found.done;
      at += 1;
    }
    if (spec.mark?.dated === true) {
      const found = next();
      const { mark } = spec;
      if (found?.label !== mark.label || found.done === null) return null;
      if (found.text !== (found.done ? mark.doneText : mark.notDoneText)) return null;
      if (!found.done && found.date !== null) return null;
      entry.done = found.done;
      entry.doneOn = found.done ? found.date : null;
      at += 1;
    }
    entries.push(entry);
  }
  return { kind, texts, choice, entries };
}
