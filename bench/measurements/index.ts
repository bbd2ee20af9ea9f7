import type { Measurement } from '../measurement';
import { fsyncMeasurement } from './fsync';
import { journalMeasurement } from './journal';
import { keyRotationMeasurement } from './keyRotation';
import { pdfExportMeasurement } from './pdfExport';
import { rendererMeasurement } from './renderer';
import { unlockMeasurement } from './unlock';
import { wholeFileMeasurement } from './wholeFile';

/** Every measurement `npm run bench` knows, by name. Add one file and one line per measurement. */
export const MEASUREMENTS: readonly Measurement[] = [
  unlockMeasurement,
  journalMeasurement,
  wholeFileMeasurement,
  fsyncMeasurement,
  rendererMeasurement,
  pdfExportMeasurement,
  keyRotationMeasurement,
];
