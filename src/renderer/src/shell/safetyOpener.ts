import { createContext, useContext } from 'react';

/**
 * Opens the "If you are not safe" page from anywhere below the app (a step's crisis line,
 * the first-weeks page). `section` scrolls to part of it, e.g. the crisis lines.
 */
export type OpenSafety = (section?: SafetySection) => void;
export type SafetySection = 'crisis';

export const SafetyOpenerContext = createContext<OpenSafety>(() => undefined);

export function useOpenSafety(): OpenSafety {
  return useContext(SafetyOpenerContext);
}
