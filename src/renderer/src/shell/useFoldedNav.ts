import { useEffect, useState } from 'react';

/** Below this width, in rem of the current text size, the top bar's links do not fit in one row. */
export const FOLD_BELOW_REM = 48;

function folded(): boolean {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return window.innerWidth < FOLD_BELOW_REM * rem;
}

/**
 * Whether the navigation should fold into a menu button: true in a narrow window, at high
 * zoom (CSS pixels shrink the window), or with a larger text size (rem grows). Follows window
 * resizes and text-size changes (a class on <html>).
 */
export function useFoldedNav(): boolean {
  const [value, setValue] = useState(folded);
  useEffect(() => {
    const update = () => setValue(folded());
    window.addEventListener('resize', update);
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => {
      window.removeEventListener('resize', update);
      observer.disconnect();
    };
  }, []);
  return value;
}
