import { useCallback, useLayoutEffect, useRef } from 'react';

interface Place {
  scroll: [number, number];
  /** Scrolled boxes inside the screen (a long list, a text area), with their offsets. */
  boxes: [Element, number][];
  focus: Element | null;
}

/** Outside the hook: DOM elements are not React values, and setting scrollTop is the point. */
function scrollBoxTo(element: Element, top: number): void {
  element.scrollTop = top;
}

/**
 * Remembers where the person was (window scroll, scrolled boxes, focus) when the safety page
 * opens, and puts it all back when it closes, so a long step is not back at its top.
 * `remember()` must run before the page opens; the restore runs before paint on closing.
 */
export function useSafetyReturn(open: boolean): () => void {
  const place = useRef<Place | null>(null);
  const remember = useCallback(() => {
    if (place.current !== null) return; // already open: keep the first place
    const boxes: [Element, number][] = [];
    for (const element of document.querySelectorAll('.app-screen *')) {
      if (element.scrollTop > 0) boxes.push([element, element.scrollTop]);
    }
    place.current = { scroll: [window.scrollX, window.scrollY], boxes, focus: document.activeElement };
  }, []);
  useLayoutEffect(() => {
    if (open || place.current === null) return;
    const { scroll, boxes, focus } = place.current;
    place.current = null;
    for (const [element, top] of boxes) scrollBoxTo(element, top);
    if (focus instanceof HTMLElement) focus.focus({ preventScroll: true });
    window.scrollTo(scroll[0], scroll[1]);
  }, [open]);
  return remember;
}
