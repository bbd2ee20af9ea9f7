import type { MarkedExtension, Tokens } from 'marked';
import { escapeHtml } from '../export/escapeHtml';

/**
 * The one rule both Markdown renderers (the journal view and the printed export) share:
 * every piece of text a person typed reaches the HTML escaped, whatever marked thinks of it.
 *
 * Why: after an inline `<pre>`, `<code>`, `<kbd>` or `<script>` tag, marked's lexer enters
 * a "raw block" state and hands the following text over marked as already escaped
 * (`escaped: true`), so its default `text` renderer emitted it verbatim:
 * `note <kbd> <img/src=x/onerror=alert(1)>` became a live `<img>`. These renderers ignore
 * that flag: text, code spans and code blocks are escaped every time, raw HTML prints as
 * the text that was typed, and task-list boxes are glyphs (no `<input>` can appear).
 *
 * Text keeps character references the person wrote (`&copy;`, `&#60;`) as references, so
 * they show as the character, as Markdown promises; they can only ever decode to text.
 * Apply this extension last (`marked.use(...)` after the renderer's own extensions): marked
 * asks the most recently added renderer first.
 */

const NEEDS_ESCAPE = /[<>"']|&(?!(?:#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g;
const REPLACEMENTS: Record<string, string> = { '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '&': '&amp;' };

/** Escapes text for HTML, leaving well-formed character references as they are. */
export function escapeKeepingReferences(text: string): string {
  return text.replace(NEEDS_ESCAPE, (char) => REPLACEMENTS[char] ?? char);
}

export const escapedTextExtension: MarkedExtension = {
  renderer: {
    text(token: Tokens.Text | Tokens.Escape): string {
      if ('tokens' in token && token.tokens !== undefined) return this.parser.parseInline(token.tokens);
      return escapeKeepingReferences(token.text);
    },
    codespan(token: Tokens.Codespan): string {
      return `<code>${escapeHtml(token.text)}</code>`;
    },
    code(token: Tokens.Code): string {
      const text = token.text.replace(/\n$/, '');
      return `<pre><code>${escapeHtml(text)}\n</code></pre>\n`;
    },
    checkbox(token: Tokens.Checkbox): string {
      return `<span class="md-task">${token.checked ? '☑' : '☐'}</span> `;
    },
  },
};
