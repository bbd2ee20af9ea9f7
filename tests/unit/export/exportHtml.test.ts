import { describe, expect, it } from 'vitest';
import { buildExportHtml, EXPORT_CSP } from '../../../src/main/export/html/buildExportHtml';
import { markdownToHtml, plainTextToHtml } from '../../../src/main/export/html/markdownToHtml';
import { selectForExport } from '../../../src/shared/export/selectForExport';
import { trendChartSvg } from '../../../src/shared/export/trendChartSvg';
import { trendChart } from '../../../src/shared/tracker/chart';
import { ALL, entry, sampleDocument } from './fixtures';

describe('markdownToHtml', () => {
  it('renders Markdown and keeps the person’s raw HTML as visible text', () => {
    const html = markdownToHtml('**bold** and <script>alert(1)</script>\n\n<div onclick="x()">raw</div>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;raw&lt;/div&gt;');
    expect(html).not.toMatch(/<script|<div|onclick="/i);
  });

  it('prints links as text plus address and never emits an href, src or image', () => {
    const html = markdownToHtml(
      '[click](javascript:alert(1)) [notes](https://example.org/n) <https://example.org/auto> ![a photo](https://evil.test/x.png) ![](file:///etc/passwd)',
    );
    expect(html).not.toMatch(/href|src=|<img|<a\b/i);
    expect(html).toContain('click</span> <span class="md-url">(javascript:alert(1))</span>');
    expect(html).toContain('notes</span> <span class="md-url">(https://example.org/n)</span>');
    expect(html).toContain('<span class="md-link">https://example.org/auto</span>');
    expect(html).toContain('[a photo]');
    expect(html).toContain('[image]');
  });

  it('marks paragraphs and headings dir="auto" and keeps entry headings out of the outline', () => {
    const html = markdownToHtml('# Heading\n\nשלום עולם\n\n> quoted');
    expect(html).toContain('<p class="md-heading md-heading-1" dir="auto">Heading</p>');
    expect(html).toContain('<p dir="auto">שלום עולם</p>');
    expect(html).toContain('<blockquote dir="auto">');
    expect(html).not.toMatch(/<h[1-6]/);
  });

  it('escapes plain text and keeps its paragraphs', () => {
    expect(plainTextToHtml('a <b>\nline two\n\n\nsecond & last')).toBe(
      '<p dir="auto" class="plain">a &lt;b&gt;\nline two</p>\n<p dir="auto" class="plain">second &amp; last</p>',
    );
  });
});

describe('trendChartSvg', () => {
  it('draws the chart layout as static SVG with concrete colours and escaped labels', () => {
    const chart = trendChart({
      series: [
        { date: '2026-03-01', value: 2 },
        { date: '2026-03-02', value: 4 },
      ],
      average: [
        { date: '2026-03-01', value: null },
        { date: '2026-03-02', value: 3 },
      ],
      width: 640,
      height: 220,
      domain: [0, 10],
      label: 'Anger <b>',
    });
    const svg = trendChartSvg(chart, { title: 'Anger <b>' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`d="${chart.valuePath}"`);
    expect(svg).toContain('<title>Anger &lt;b&gt;</title>');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).not.toMatch(/var\(|<script|href/);
    expect(svg).toMatch(/stroke="#[0-9a-f]{6}"/);
  });
});

describe('buildExportHtml', () => {
  it('is a complete document without scripts, with a CSP and the not-encrypted notice', () => {
    const html = buildExportHtml(selectForExport(sampleDocument(), ALL), {
      paper: 'Letter',
      tagsFilter: ['walk'],
    });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`content="${EXPORT_CSP}"`);
    expect(html).toContain('This file is not encrypted.');
    expect(html).toContain('@page { size: letter;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(/i);
    expect(html).toContain('<dt>Entries tagged</dt><dd dir="auto">walk</dd>');
  });

  it('escapes every piece of text from the data', () => {
    const document = sampleDocument();
    document.title = '<img src=x onerror=alert(1)>';
    document.entries = [
      { ...entry('x', '2026-01-01', ['<t>']), title: '"><script>x</script>', stepTitle: '<s>' },
    ];
    const html = buildExportHtml(selectForExport(document, ALL), { paper: 'A4' });
    expect(html).not.toMatch(/<img src=x|<script>x|<t>|<s>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('lists the sections in the contents and leaves the contents out when nothing is selected', () => {
    const html = buildExportHtml(selectForExport(sampleDocument(), ALL), { paper: 'A4' });
    expect(html).toContain('href="#step-bt-1-honesty"');
    expect(html).toContain('href="#month-2026-02"');
    expect(html).toContain('href="#tracker-was-hurt"');
    const empty = buildExportHtml(
      selectForExport(sampleDocument(), {
        ...ALL,
        include: { entries: false, notes: false, exercises: false, tracker: false },
      }),
      { paper: 'A4' },
    );
    expect(empty).not.toContain('class="toc"');
    expect(empty).toContain('Nothing in your journal matched these choices.');
  });
});
