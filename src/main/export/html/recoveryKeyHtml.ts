import { escapeHtml } from '@shared/export/escapeHtml';
import type { Paper } from '@shared/export/exportModel';
import { EXPORT_CSP } from './buildExportHtml';
import { SANS_STACK } from './exportCss';

/**
 * The recovery key on paper: what it is, the eight groups large and clear, and where to keep
 * it. Nothing else: no journal name, no date, nothing that says what the journal holds.
 */
export function recoveryKeyHtml(formattedKey: string, paper: Paper): string {
  const groups = formattedKey
    .split('-')
    .map((group, index) => `<span class="group"><small>${index + 1}</small>${escapeHtml(group)}</span>`)
    .join('');
  const size = paper === 'A4' ? 'A4' : 'letter';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<title>Mend recovery key</title>',
    `<style>
@page { size: ${size}; margin: 25mm; }
body { font-family: ${SANS_STACK}; color: #222; margin: 0; }
h1 { font-size: 20pt; font-weight: 600; margin: 0 0 10pt; color: #1f3d31; }
p { font-size: 11pt; line-height: 1.5; margin: 0 0 10pt; max-width: 150mm; }
.key { display: grid; grid-template-columns: repeat(4, max-content); gap: 10pt 18pt; margin: 18pt 0 22pt; }
.group { font-family: 'DejaVu Sans Mono', Consolas, Menlo, monospace; font-size: 22pt; letter-spacing: 0.12em; }
.group small { display: block; font-family: ${SANS_STACK}; font-size: 8pt; letter-spacing: 0; color: #5f5a52; }
</style>`,
    '</head><body>',
    '<h1>Mend recovery key</h1>',
    '<p>If the passphrase is ever forgotten, this key is the only other way into the journal. Keep this page somewhere private and safe, away from the computer.</p>',
    `<div class="key" aria-label="Recovery key">${groups}</div>`,
    '<p>Anyone who has this key and the computer can open the journal. If you think someone has seen it, make a new key in Settings.</p>',
    '</body></html>',
  ].join('\n');
}
