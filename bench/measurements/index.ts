import type { Measurement } from '../measurement';
import { unlockMeasurement } from './unlock';

/** Every measurement `npm run bench` knows, by name. Add one file and one line per measurement. */
export const MEASUREMENTS: readonly Measurement[] = [unlockMeasurement];
