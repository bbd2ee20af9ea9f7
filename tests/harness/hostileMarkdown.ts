/**
 * Hostile Markdown for the renderers' tests (the printed export and the journal view): the
 * payloads of the outside audit (issue 16, M1) and our own. Each one tries to leave plain
 * text: a live tag, a link, a request, a style sheet, a script, a form field, or a tag that
 * swallows everything after it. `hostileEntryBody` adds two sentinel words after each
 * payload (one on the payload's own line, one in a paragraph of its own) that must survive
 * every renderer as visible text.
 */

/** marked's lexer treats text after these inline tags as already escaped (the M1 root cause). */
const RAW_OPENERS = ['<kbd>', '<code>', '<pre>', '<script>', '<KBD class=x>'];

/** What an attacker puts after a raw opener. */
const AFTER_RAW_OPENER = [
  '<img/src=x/onerror=alert(1)>',
  '<a/href=https://evil.test/>click me</a>',
  '<style/x>body{display:none}</style>',
  '<iframe/x=',
  '<plaintext/x>',
  '<meta/http-equiv=refresh content=0;url=https://evil.test>',
  '<input type=password placeholder="Passphrase">',
  '<svg/onload=alert(1)>',
  '<form action=https://evil.test><button>Send</button></form>',
  '<base href=https://evil.test/>',
  '<link rel=stylesheet href=https://evil.test/x.css>',
  '<object data=https://evil.test/x></object>',
  '<embed src=https://evil.test/x>',
  '<textarea>',
  '<title>',
  '<xmp>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<video poster=https://evil.test/p.png></video>',
  '<details open ontoggle=alert(1)>',
  '<span style="position:fixed;inset:0;background:white">cover</span>',
];

const HANDWRITTEN = [
  // The audit's own examples.
  'note <kbd> <img/src=x/onerror=alert(1)>',
  'before <pre> <a/href=javascript:alert(1)>link</a> after',
  '<code> <style/x>*{display:none}',
  '<kbd> <iframe/x=',
  '<script> <plaintext/x>',
  '<pre> <meta/http-equiv=refresh content="0;url=https://evil.test">',
  // Raw HTML blocks of every CommonMark kind.
  '<script>alert(1)</script>',
  '<style>body { display: none }</style>',
  '<pre>\n<img src=x onerror=alert(1)>\n</pre>',
  '<!-- a comment that never ends',
  '<?php echo 1 ?>',
  '<!DOCTYPE html>',
  '<![CDATA[ <img src=x onerror=alert(1)> ]]>',
  '<div onclick="alert(1)">a block</div>',
  '<custom-element onmouseover=alert(1)>x</custom-element>',
  '<table><tr><td background=https://evil.test/x>cell</td></tr></table>',
  '<input type="checkbox" checked>',
  '<select><option>one</option></select>',
  '<button formaction=https://evil.test>Unlock</button>',
  '<label>Passphrase <input type=password></label>',
  // Inline tags that open and close raw mode in odd orders.
  '</kbd> <img src=x onerror=alert(1)>',
  '<kbd></kbd> <img src=x onerror=alert(1)>',
  '<kbd> </pre> <img src=x onerror=alert(1)>',
  '<code><kbd><pre> <a href=x>three deep</a>',
  '*emphasis <kbd>* <img src=x onerror=alert(1)>',
  '**<code>** <svg onload=alert(1)>',
  '~~<pre>~~ <iframe src=https://evil.test>',
  '[label <kbd>](https://evil.test) <img src=x onerror=alert(1)>',
  '> quoted <kbd> <img src=x onerror=alert(1)>',
  '- item <kbd> <input type=password>\n- second <a href=x>y</a>',
  '1. one <script> <style>*{color:red}</style>',
  '| a | b |\n|---|---|\n| <kbd> | <img src=x onerror=alert(1)>',
  '# Heading <kbd> <a href=https://evil.test>x</a>',
  'Setext <pre> <img src=x>\n===',
  // Links and images with dangerous addresses.
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](file:///etc/passwd)',
  '[click](vbscript:msgbox(1))',
  '[click](https://evil.test "title\\" onmouseover=\\"alert(1)")',
  '[ref][x]\n\n[x]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<https://evil.test/auto>',
  'www.evil.test/path?q=<b>',
  'mail me: evil@evil.test',
  '![x](https://evil.test/pixel.png)',
  '![x" onerror="alert(1)](x)',
  '![](javascript:alert(1))',
  '[![img](https://evil.test/i.png)](https://evil.test)',
  // Character references that decode to markup characters.
  '&lt;img src=x onerror=alert(1)&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '&#x3C;iframe&#x3E;',
  '<kbd> &lt;img src=x onerror=alert(1)&gt;',
  '<kbd> &#60;img src=x&#62;',
  // Code spans and blocks with markup inside.
  '`<img src=x onerror=alert(1)>`',
  '```html\n<script>alert(1)</script>\n```',
  '```" onmouseover="alert(1)\ncode\n```',
  '    <iframe src=https://evil.test>',
  '``` unclosed fence\n<img src=x onerror=alert(1)>',
  // Escapes, odd characters and odd whitespace.
  '\\<img src=x onerror=alert(1)>',
  '<img\nsrc=x\nonerror=alert(1)>',
  '<img src=x onerror\t=\talert(1)>',
  '<IMG SRC=x ONERROR=alert(1)>',
  '<img src=`x` onerror=`alert(1)`>',
  '<a href="&#106;avascript:alert(1)">entity scheme</a>',
  'zero\u0000width <kbd>\u0000<img src=x>',
  'right-to-left \u202e<kbd> <img src=x onerror=alert(1)>\u202c',
  '<kbd>' + ' <b>bold</b>'.repeat(20),
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<template><img src=x onerror=alert(1)></template>',
  '- [x] a done task <kbd> <input type=password>',
  '- [ ] an open task',
];

const GENERATED = RAW_OPENERS.flatMap((opener, index) =>
  // Each opener against a different slice of the follow-ups, so the combinations stay varied.
  AFTER_RAW_OPENER.filter((_, at) => (at + index) % 2 === 0).map((after) => `text ${opener} ${after}`),
);

export const HOSTILE_MARKDOWN: readonly string[] = [...HANDWRITTEN, ...GENERATED];

/** The sentinel words of payload `index`: both must be visible wherever the entry shows. */
export function sentinels(index: number): [string, string] {
  const id = String(index).padStart(3, '0');
  return [`Sentinel${id}inline`, `Sentinel${id}after`];
}

/** An entry body: the payload, a sentinel on its last line, and one in its own paragraph. */
export function hostileEntryBody(index: number): string {
  const [inline, after] = sentinels(index);
  return `${HOSTILE_MARKDOWN[index] ?? ''} ${inline}\n\n${after}`;
}
