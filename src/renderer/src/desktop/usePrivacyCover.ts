import { useCallback, useEffect, useState } from 'react';

/**
 * True while the window should be covered: it lost focus (another app is in front) or was
 * hidden (minimized). Only when `enabled`; turning the setting off uncovers at once.
 */
export function usePrivacyCover(enabled: boolean): { covered: boolean; uncover(): void } {
  const [away, setAway] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    const onBlur = () => setAway(true);
    const onFocus = () => setAway(false);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') setAway(true);
      else if (document.hasFocus()) setAway(false);
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
      setAway(false);
    };
  }, [enabled]);

  const uncover = useCallback(() => setAway(false), []);
  return { covered: enabled && away, uncover };
}
