import type { Settings } from '@shared/ipc/contract';

const TEXT_SIZE_CLASS: Record<Settings['textSize'], string | null> = {
  small: 'text-size-small',
  normal: null,
  large: 'text-size-large',
  larger: 'text-size-larger',
};

/**
 * Puts the theme and text size on <html>: `data-theme` overrides the system's light or dark
 * choice (absent means "follow the system"), and one class sets the root font size that
 * every rem-based size follows. The CSS lives in styles.css.
 */
export function applyAppearance(
  root: HTMLElement,
  { theme, textSize }: Pick<Settings, 'theme' | 'textSize'>,
): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  for (const className of Object.values(TEXT_SIZE_CLASS)) {
    if (className !== null) root.classList.remove(className);
  }
  const wanted = TEXT_SIZE_CLASS[textSize];
  if (wanted !== null) root.classList.add(wanted);
}
