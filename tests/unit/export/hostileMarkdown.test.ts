import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowListHtml } from '../../../src/main/export/html/allowListHtml';
import { markdownToHtml } from '../../../src/main/export/html/markdownToHtml';
import { printExport } from '../../../src/main/export/pdfExport';
import type { ExportDocument } from '../../../src/shared/export/exportModel';
import { HOSTILE_MARKDOWN, hostileEntryBody, sentinels } from '../../harness/hostileMarkdown';
import { pdfFlatText } from '../../harness/pdfText';
import { createPlaywrightPdfPrinter, type TestPdfPrinter } from '../../harness/playwrightPdfPrinter';
import { ALL, entry, sampleDocument } from './fixtures';

/** The tags the printed export's Markdown may contain (what its renderer emits, nothing more). */
const ALLOWED_TAGS = new Set(
  'p br hr em strong del code pre blockquote ul ol li table thead tbody tr th td span'.split(' '),
);
const FORBIDDEN_ATTRIBUTE = /^(?:href|src|style|on.*|srcset|action|formaction|xlink:href|poster|background)$/;

interface Parsed {
  tags: string[];
  attributes: string[];
  text: string;
}

/** Parses a fragment the way a browser's tokenizer would, independently of the code under test. */
function parse(html: string): Parsed {
  const parsed: Parsed = { tags: [], attributes: [], text: '' };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        parsed.tags.push(name);
        parsed.attributes.push(...Object.keys(attributes));
      },
      ontext(text) {
        parsed.text += text;
      },
      oncomment() {
        parsed.tags.push('#comment');
      },
      onprocessinginstruction(name) {
        parsed.tags.push(name);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parsed;
}

describe('hostile Markdown in the printed export', () => {
  it('has a corpus of at least 100 payloads, each one distinct', () => {
    expect(HOSTILE_MARKDOWN.length).toBeGreaterThanOrEqual(100);
    expect(new Set(HOSTILE_MARKDOWN).size).toBe(HOSTILE_MARKDOWN.length);
  });

  it('the audit’s payload stays text after an inline <kbd>', () => {
    expect(markdownToHtml('note <kbd> <img/src=x/onerror=alert(1)>')).toBe(
      '<p dir="auto">note &lt;kbd&gt; &lt;img/src=x/onerror=alert(1)&gt;</p>\n',
    );
  });

  it.each(HOSTILE_MARKDOWN.map((payload, index) => [index, payload] as const))(
    'payload %i yields only allowed tags, no href/src/style/on*, and its sentinels: %j',
    (index) => {
      const parsed = parse(markdownToHtml(hostileEntryBody(index)));
      expect(parsed.tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
      expect(parsed.attributes.filter((name) => FORBIDDEN_ATTRIBUTE.test(name))).toEqual([]);
      expect(parsed.attributes.filter((name) => !['class', 'dir', 'start', 'align'].includes(name))).toEqual([]);
      for (const sentinel of sentinels(index)) expect(parsed.text).toContain(sentinel);
    },
  );
});

describe('allowListHtml', () => {
  it('keeps allowed tags and attributes and drops everything else, keeping the text', () => {
    expect(
      allowListHtml(
        '<p dir="auto" class="md-raw" style="color:red" onclick="x()">a <a href="https://evil.test">link</a>' +
          '<img src=x onerror=alert(1)> <span class="ok">b</span><script>c</script></p>' +
          '<ol start="3" type="a"><li>d</li></ol><td align="center" valign="top">e</td><p dir="sideways">f</p>' +
          '<!-- g --><span class="bad&quot;class">h</span>',
      ),
    ).toBe(
      '<p dir="auto" class="md-raw">a link <span class="ok">b</span>c</p>' +
        '<ol start="3"><li>d</li></ol><td align="center">e</td><p>f</p><span>h</span>',
    );
  });

  it('closes what it opened and re-escapes decoded text', () => {
    expect(allowListHtml('<p><em>x &lt;b&gt; &amp;')).toBe('<p><em>x &lt;b&gt; &amp;</em></p>');
  });
});

describe('hostile Markdown printed to PDF', () => {
  let printer: TestPdfPrinter;
  beforeAll(() => {
    printer = createPlaywrightPdfPrinter();
  });
  afterAll(async () => {
    await printer.close();
  });

  it('prints every entry’s sentinels, makes no request and no web link', async () => {
    const document: ExportDocument = {
      ...sampleDocument(),
      entries: HOSTILE_MARKDOWN.map((_, index) => ({
        ...entry(`h${index}`, `2026-0${1 + (index % 3)}-${String(1 + (index % 28)).padStart(2, '0')}`),
        bodyMarkdown: hostileEntryBody(index),
      })),
    };
    const { pdf, document: printed } = await printExport(document, { ...ALL, include: { ...ALL.include, tracker: false } }, printer);
    expect(printed.entries).toHaveLength(HOSTILE_MARKDOWN.length);
    const text = await pdfFlatText(pdf);
    const missing = HOSTILE_MARKDOWN.flatMap((_, index) => sentinels(index)).filter((word) => !text.includes(word));
    expect(missing).toEqual([]);
    // A link annotation to an address would be a `/URI` action; the contents' links are internal.
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('/URI');
    expect(printer.blockedRequests).toEqual([]);
  }, 120_000);
});
