const EXCERPT_CHARS = 160;

/**
 * The first words of an entry's body for lists, without the most common Markdown marks.
 * Shared so the timeline can refresh a row after a save without asking main again.
 */
export function excerptOf(body: string): string {
  const plain = body
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > EXCERPT_CHARS ? `${plain.slice(0, EXCERPT_CHARS).trimEnd()}…` : plain;
}

/** Splits a typed tag list ("Sleep, hard days") into normalised tags, as main stores them. */
export function parseTagList(typed: string): string[] {
  const tags = typed
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}
