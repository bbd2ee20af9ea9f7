import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { friendlyMessage, MendApiError } from '../../../src/renderer/src/api';
import { NotReady } from '../../../src/renderer/src/components/NotReady';

const render = (props: Parameters<typeof NotReady>[0]) => renderToStaticMarkup(createElement(NotReady, props));

describe('NotReady (how every view waits for its data or fails)', () => {
  it('while loading: a quiet status line with the view’s own words', () => {
    expect(render({ state: { status: 'loading' }, waiting: 'Opening the entry…' })).toBe(
      '<p class="status" role="status">Opening the entry…</p>',
    );
    expect(render({ state: { status: 'loading' }, className: 'screen' })).toBe(
      '<p class="screen status" role="status">One moment…</p>',
    );
  });

  it('on failure: the code’s friendly words as an alert, never the raw message', () => {
    const failure = new MendApiError({ code: 'LOCKED', message: 'vault locked at /home/someone/.config' });
    const html = render({ state: { status: 'error', error: failure }, className: 'screen' });
    expect(html).toBe(`<p class="screen" role="alert">${friendlyMessage(failure)}</p>`);
    expect(html).not.toContain('/home/someone');
    expect(render({ state: { status: 'error', error: new TypeError('x is undefined') } })).toContain(
      friendlyMessage(new Error('anything')),
    );
  });
});
