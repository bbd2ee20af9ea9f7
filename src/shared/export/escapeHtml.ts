/**
 * Escapes text for HTML and SVG element content and double-quoted attribute values: every
 * string the export prints from a person's data goes through here, so no text can become
 * markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
