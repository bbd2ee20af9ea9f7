export { flushAllNotes, registerFlusher } from './registry';
export { SaveIndicator } from './SaveIndicator';
export { useAutosave, type Autosave, type SaveState } from './useAutosave';
