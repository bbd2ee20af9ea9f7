export { flushAll, registerFlusher } from '../shell/flushers';
export { SaveIndicator } from './SaveIndicator';
export { useAutosave, type Autosave, type SaveState } from './useAutosave';
