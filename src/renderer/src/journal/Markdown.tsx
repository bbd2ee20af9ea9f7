import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { useMemo } from 'react';
import { escapeHtml } from '@shared/export/escapeHtml';
import { escapedTextExtension } from '@shared/markdown/escapedText';

/**
 * Markdown for reading an entry. Mend never opens anything: links become inert text (the
 * address shows on hover), images become their description, and raw HTML is shown as
 * text, and every text token is escaped (the shared `escapedTextExtension`). DOMPurify then
 * checks the result against a short list of harmless tags anyway; no form element is on it
 * (task-list boxes are glyphs), so nothing in an entry can pose as a field of the app.
 */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    link(this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } }, token: Tokens.Link) {
      return `<span class="inert-link" title="${escapeHtml(token.href)}">${this.parser.parseInline(token.tokens)}</span>`;
    },
    image(token: Tokens.Image) {
      return `<span class="inert-image">[${escapeHtml(token.text || 'image')}]</span>`;
    },
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
  },
});
markdown.use(escapedTextExtension);

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
];

/** Named so that a future edit of ALLOWED_TAGS cannot let one back in. */
const FORM_TAGS = ['input', 'button', 'textarea', 'select', 'option', 'optgroup', 'form', 'label', 'fieldset', 'legend', 'output', 'datalist', 'meter', 'progress'];

function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['class', 'title', 'start', 'align'],
    FORBID_TAGS: FORM_TAGS,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Sanitised above: only the allowed tags and attributes survive.
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
