import { Parser } from 'htmlparser2';
import { escapeHtml } from '@shared/export/escapeHtml';

/**
 * The printed export's second wall behind `markdownToHtml`: an HTML fragment is parsed (by
 * htmlparser2, a real HTML tokenizer, not a pattern) and written out again keeping only the
 * tags and attributes below, with every attribute value checked against its own pattern.
 * Text is re-escaped; any other tag is dropped while its text stays (as text), so nothing a
 * person wrote vanishes from the PDF; comments and declarations are dropped.
 *
 * The list is exactly what the export's Markdown renderer emits. No `href`, `src`, `style`
 * or event attribute can pass, so no link annotation, request, style sheet or script can
 * reach the print window, whatever a future marked version or renderer change produces.
 */

const ANY_TAG: Readonly<Record<string, RegExp>> = {
  class: /^[a-z0-9 -]{0,80}$/,
  dir: /^(?:auto|ltr|rtl)$/,
};

export const ALLOWED_EXPORT_TAGS: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  p: ANY_TAG,
  br: {},
  hr: {},
  em: {},
  strong: {},
  del: {},
  code: {},
  pre: {},
  blockquote: ANY_TAG,
  ul: {},
  ol: { start: /^\d{1,9}$/ },
  li: {},
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { align: /^(?:left|center|right)$/ },
  td: { align: /^(?:left|center|right)$/ },
  span: ANY_TAG,
};

const VOID_TAGS = new Set(['br', 'hr']);

function attributesFor(tag: string, attributes: Record<string, string>): string {
  const allowed = ALLOWED_EXPORT_TAGS[tag] ?? {};
  return Object.entries(attributes)
    .filter(([name, value]) => Object.hasOwn(allowed, name) && allowed[name]?.test(value) === true)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/** The fragment with only allowed tags and attributes, all text escaped. */
export function allowListHtml(fragment: string): string {
  const out: string[] = [];
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!Object.hasOwn(ALLOWED_EXPORT_TAGS, name)) return;
        out.push(`<${name}${attributesFor(name, attributes)}>`);
        if (!VOID_TAGS.has(name)) open.push(name);
      },
      ontext(text) {
        out.push(escapeHtml(text));
      },
      onclosetag(name) {
        if (VOID_TAGS.has(name) || open[open.length - 1] !== name) return;
        open.pop();
        out.push(`</${name}>`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(fragment);
  parser.end();
  while (open.length > 0) out.push(`</${open.pop() ?? ''}>`);
  return out.join('');
}
