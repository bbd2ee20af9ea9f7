import { HOSTILE_MARKDOWN, hostileEntryBody, sentinels } from '../harness/hostileMarkdown';
import { expect, test } from './fixtures';

test.use({ mendOptions: { vault: 'unlocked' } });

/** What the journal view's sanitiser (DOMPurify, in Chromium) may leave in a formatted entry. */
const ALLOWED_TAGS = new Set(
  'p br hr h1 h2 h3 h4 h5 h6 em strong del s code pre blockquote ul ol li table thead tbody tr th td span'.split(' '),
);
const FORM_TAGS = /^(?:input|button|textarea|select|option|optgroup|form|label|fieldset|legend|output|datalist|meter|progress)$/;

test('hostile Markdown in the journal view: no form field, link, image or script; every sentinel shows', async ({
  mend,
}) => {
  test.setTimeout(180_000);
  const { page } = mend;
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Entry', exact: true });
  const formatted = page.getByLabel('Entry, formatted');

  for (const [index] of HOSTILE_MARKDOWN.entries()) {
    await page.getByRole('button', { name: 'Write', exact: true }).click();
    await body.fill(hostileEntryBody(index));
    await page.getByRole('button', { name: 'Read', exact: true }).click();
    await expect(formatted).toBeVisible();
    const found = await formatted.evaluate((root) => {
      const elements = Array.from(root.querySelectorAll('.markdown *'));
      return {
        tags: elements.map((element) => element.localName),
        attributes: elements.flatMap((element) => element.getAttributeNames()),
        text: (root as HTMLElement).innerText,
      };
    });
    const where = `payload ${index}: ${JSON.stringify(HOSTILE_MARKDOWN[index])}`;
    expect(found.tags.filter((tag) => FORM_TAGS.test(tag)), where).toEqual([]);
    expect(found.tags.filter((tag) => !ALLOWED_TAGS.has(tag)), where).toEqual([]);
    expect(found.attributes.filter((name) => !['class', 'title', 'start', 'align'].includes(name)), where).toEqual([]);
    for (const sentinel of sentinels(index)) expect(found.text, where).toContain(sentinel);
  }
  // A task list shows its state as a glyph, not as a checkbox that could pose as a field.
  await page.getByRole('button', { name: 'Write', exact: true }).click();
  await body.fill('- [x] done\n- [ ] open');
  await page.getByRole('button', { name: 'Read', exact: true }).click();
  await expect(formatted.locator('.md-task')).toHaveText(['☑', '☐']);
  await expect(formatted.getByRole('checkbox')).toHaveCount(0);
});
