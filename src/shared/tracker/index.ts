/**
 * The self-forgiveness tracker's pure core: check-in schemas, statistics,
 * gentle insights and SVG chart data. No Electron, no Node: the renderer draws
 * with it and main's PDF export prints with it.
 */
export * from './checkins';
export * from './stats';
export * from './insights';
export * from './chart';
export { gridPosition } from './yearGrid';
export { trendSummary, type TrendSummaryInput } from './chartSummary';
export * from './chartStyle';
export * from './yearGridLayout';
export * from './direction';
export * from './trendTable';
export * from './metricChart';
export * from './chartMarks';
