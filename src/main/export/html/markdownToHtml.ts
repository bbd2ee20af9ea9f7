import { Marked, type Tokens } from 'marked';
import { escapeHtml } from '@shared/export/escapeHtml';
import { escapedTextExtension } from '@shared/markdown/escapedText';
import { allowListHtml } from './allowListHtml';

/**
 * Journal bodies (Markdown) to safe HTML for the printed export, without a DOM.
 *
 * Why marked: it is the parser the journal screen uses, so an entry prints with the same
 * dialect (GitHub-flavoured Markdown) it shows with; it is small, fast on a thousand entries
 * and well kept. It does not sanitise by itself, so this instance closes every door that can
 * lead out of plain text:
 * - raw HTML (blocks and inline tags) is printed as the text the person typed, escaped;
 * - images print as their description in brackets: an export never fetches anything, and
 *   a picture that cannot load must not silently vanish;
 * - links print as their text followed by the address, with no `href` at all, so no scheme
 *   (`javascript:`, `file:`) survives and the address is still readable on paper;
 * - Markdown headings inside an entry become styled paragraphs, so a thousand entries do not
 *   flood the PDF's outline, which lists only the export's own sections.
 * Text, code spans and code blocks are always escaped by the shared `escapedTextExtension`
 * (marked's own `text` renderer trusted text after an inline `<kbd>`, `<pre>`, `<code>` or
 * `<script>` as already escaped). Paragraph-like blocks get `dir="auto"`, so a paragraph in
 * Arabic or Hebrew runs right to left inside an English entry.
 * Then `allowListHtml` keeps only the tags and attributes this renderer emits, and the print
 * window adds a third wall: a CSP without scripts and every request blocked.
 */

const marked = new Marked({ gfm: true, breaks: false, async: false });

marked.use({
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      const text = escapeHtml(token.text);
      return token.block ? `<p dir="auto" class="md-raw">${text.trim()}</p>\n` : text;
    },
    image(token: Tokens.Image): string {
      const description = token.text.trim() === '' ? 'image' : token.text;
      return `<span class="md-image">[${escapeHtml(description)}]</span>`;
    },
    link(token: Tokens.Link): string {
      const label = this.parser.parseInline(token.tokens);
      // An address written out (`<https://…>`, `www.…`) already shows itself.
      if (token.autolink === true || token.text.trim() === token.href)
        return `<span class="md-link">${label}</span>`;
      return `<span class="md-link">${label}</span> <span class="md-url">(${escapeHtml(token.href)})</span>`;
    },
    heading(token: Tokens.Heading): string {
      const level = Math.min(Math.max(token.depth, 1), 6);
      return `<p class="md-heading md-heading-${level}" dir="auto">${this.parser.parseInline(token.tokens)}</p>\n`;
    },
    paragraph(token: Tokens.Paragraph): string {
      return `<p dir="auto">${this.parser.parseInline(token.tokens)}</p>\n`;
    },
    blockquote(token: Tokens.Blockquote): string {
      return `<blockquote dir="auto">\n${this.parser.parse(token.tokens)}</blockquote>\n`;
    },
  },
});
marked.use(escapedTextExtension);

/** Safe HTML for one Markdown body. */
export function markdownToHtml(markdown: string): string {
  return allowListHtml(marked.parse(markdown, { async: false }));
}

/**
 * Plain text a person typed (step notes, exercise items): escaped, paragraphs on blank
 * lines, line breaks kept by CSS (`white-space: pre-wrap`), each paragraph `dir="auto"`.
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .filter((paragraph) => /\S/.test(paragraph))
    .map((paragraph) => `<p dir="auto" class="plain">${escapeHtml(paragraph.replace(/^\n+|\n+$/g, ''))}</p>`)
    .join('\n');
}
