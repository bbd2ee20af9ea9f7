import type { HandlersFor } from '../ipc/dispatcher';
import type { ProgramService } from './programService';

/** Binds the program service to its channels. */
export function programHandlers(program: ProgramService): HandlersFor<'program'> {
  return {
    'program.content': () => program.content(),
    'program.safety': () => program.safety(),
    'program.state': () => program.state(),
    'program.chooseTracks': ({ tracks }) => program.chooseTracks(tracks),
    'program.answerSafetyCheck': ({ answers }) => program.answerSafetyCheck(answers),
    'program.postponeSafetyCheck': () => program.postponeSafetyCheck(),
    'program.setStepStatus': ({ stepId, status }) => program.setStepStatus(stepId, status),
    'program.openStep': ({ stepId }) => program.openStep(stepId),
    'program.notes': ({ stepId }) => ({ notes: program.listNotes(stepId) }),
    'program.saveNote': ({ promptId, text }) => program.saveNote(promptId, text),
    'program.exercise': ({ stepId, kind }) => program.getExercise(stepId, kind),
    'program.saveExercise': ({ stepId, data }) => program.saveExercise(stepId, data),
  };
}
