import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How much wider the bar would have to be to show every link in one row (0 when it fits). */
function shortfall(bar: HTMLElement): number {
  const nav = bar.querySelector<HTMLElement>('.nav');
  const navShort = nav === null ? 0 : nav.scrollWidth - nav.clientWidth;
  return Math.max(0, navShort) + Math.max(0, bar.scrollWidth - bar.clientWidth);
}

/**
 * Whether the top bar's links fold into a Menu button: measured, not guessed, so it holds at
 * any zoom, any text size and whatever controls the bar carries (a journal switcher, lock
 * and hide). Unfolded, the links sit in one row that may not wrap; the moment they do not fit
 * the bar folds, remembering the width it needed, and unfolds once the bar is that wide
 * again. A text-size change (a class on <html>) measures afresh.
 */
export function useFoldedNav(bar: RefObject<HTMLElement | null>): boolean {
  const [folded, setFolded] = useState(false);
  const state = useRef({ folded: false, needed: 0 });

  useLayoutEffect(() => {
    const element = bar.current;
    if (element === null) return;
    const set = (next: boolean) => {
      state.current.folded = next;
      setFolded(next);
    };
    const check = () => {
      if (!state.current.folded) {
        const missing = shortfall(element);
        if (missing > 1) {
          state.current.needed = element.clientWidth + missing;
          set(true);
        }
      } else if (element.clientWidth >= state.current.needed) {
        set(false);
      }
    };
    /** Unfold and measure again on the next frame: what the bar holds has changed. */
    const remeasure = () => {
      state.current.needed = 0;
      if (state.current.folded) set(false);
      requestAnimationFrame(check);
    };
    const resized = new ResizeObserver(check);
    resized.observe(element);
    // A control appearing or leaving (a journal switcher, lock and hide) changes what fits.
    let actionsWidth = -1;
    const actionsResized = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (actionsWidth !== -1 && Math.abs(width - actionsWidth) > 1) remeasure();
      actionsWidth = width;
    });
    const actions = element.querySelector('.topbar-actions');
    if (actions !== null) actionsResized.observe(actions);
    const restyled = new MutationObserver(remeasure);
    restyled.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    check();
    return () => {
      resized.disconnect();
      actionsResized.disconnect();
      restyled.disconnect();
    };
  }, [bar]);

  return folded;
}
