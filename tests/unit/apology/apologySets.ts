import type { LabelledSet } from '../../../src/shared/apology/trainApologyModel';
import { LABELLED_SENTENCES, UNSEEN_SENTENCES } from './apologySentences';
import { CUE_ROUNDS_EARLY } from './cueRoundsEarly';
import { CUE_ROUNDS_LATE } from './cueRoundsLate';
import { DEV_SENTENCES, HELD_OUT_TEST_SENTENCES } from './heldOutSentences';
import { ORDINARY_SENTENCES } from './ordinarySentences';
import { SECOND_WRITER_FINAL } from './secondWriterFinal';
import { SECOND_WRITER_TUNE } from './secondWriterTune';
import { THIRD_WRITER } from './thirdWriter';
import { WIDENING_SENTENCES } from './wideningSentences';

/**
 * Every labelled set of apology sentences, each once (the widening set already holds its
 * later rounds). `npm run apology:train` trains the shipped model on all of them; the recall
 * test leaves each out in turn to measure the model on sentences it never saw.
 */
export const APOLOGY_SETS: readonly LabelledSet[] = [
  { name: 'LABELLED_SENTENCES', sentences: LABELLED_SENTENCES },
  { name: 'UNSEEN_SENTENCES', sentences: UNSEEN_SENTENCES },
  { name: 'WIDENING_SENTENCES', sentences: WIDENING_SENTENCES },
  { name: 'DEV_SENTENCES', sentences: DEV_SENTENCES },
  { name: 'HELD_OUT_TEST_SENTENCES', sentences: HELD_OUT_TEST_SENTENCES },
  { name: 'SECOND_WRITER_TUNE', sentences: SECOND_WRITER_TUNE },
  { name: 'SECOND_WRITER_FINAL', sentences: SECOND_WRITER_FINAL },
  { name: 'CUE_ROUNDS_EARLY', sentences: CUE_ROUNDS_EARLY },
  { name: 'CUE_ROUNDS_LATE', sentences: CUE_ROUNDS_LATE },
  { name: 'ORDINARY_SENTENCES', sentences: ORDINARY_SENTENCES },
  { name: 'THIRD_WRITER', sentences: THIRD_WRITER },
];
