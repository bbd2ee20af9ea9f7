import type { SnippetPart } from '@shared/ipc/contracts/journal';
import { MARK_END, MARK_START } from './searchIndex';

/**
 * Snippets travel as plain-text parts, never as HTML: the renderer draws `mark` parts in a
 * <mark> element as text, so nothing a person wrote can become markup.
 */
export function partsFromMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ text: rest, mark: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), mark: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    const hit = rest.slice(start + 1, stop);
    if (hit.length > 0) parts.push({ text: hit, mark: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts;
}

const CONTEXT_CHARS = 60;

/**
 * A snippet for matches FTS5 cannot mark (substrings of Chinese, Thai, emoji…): a window
 * around the first hit, with every hit inside it marked.
 */
export function substringSnippet(text: string, needles: readonly string[]): SnippetPart[] {
  const first = needles
    .map((needle) => text.indexOf(needle))
    .filter((index) => index >= 0)
    .reduce((min, index) => Math.min(min, index), Number.POSITIVE_INFINITY);
  const center = Number.isFinite(first) ? first : 0;
  const from = Math.max(0, center - CONTEXT_CHARS);
  const to = Math.min(text.length, center + CONTEXT_CHARS * 2);
  const window = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  const sorted = needles.filter((needle) => needle.length > 0).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text: window, mark: false }];
  const escaped = sorted.map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gu');
  return window
    .split(pattern)
    .filter((piece) => piece.length > 0)
    .map((piece) => ({ text: piece, mark: sorted.includes(piece) }));
}

/**
 * The snippet as the timeline shows an entry: without Markdown's marks (`## `, `**`, `_`,
 * list bullets, `> `, link addresses), so "## A **hard** day" reads "A hard day". Marks are
 * removed from every part alone, so a hit's highlight stays on the word itself.
 */
export function withoutMarkdown(parts: readonly SnippetPart[]): SnippetPart[] {
  const cleaned = parts.map((part, index) => {
    let text = part.text
      .replace(/\]\([^)\s]*\)?/g, '')
      .replace(/!?\[/g, '')
      .replace(/(^|\n)\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/g, '$1')
      .replace(/[*_`~]{1,3}/g, '')
      .replace(/\s+/g, ' ');
    // A heading or bullet at the very start of the snippet, cut off from its line start.
    if (index === 0) text = text.replace(/^\s*(#{1,6}|>|[-*+])\s+/, '');
    return { text, mark: part.mark };
  });
  return cleaned.filter((part) => part.text.length > 0);
}
