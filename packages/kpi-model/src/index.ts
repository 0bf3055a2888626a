// KPIs and results: metrics and units, periods, targets, derived measures (never stored),
// goal progress and the validation of imported actuals. Pure TypeScript, no I/O.
export * from './metrics.js';
export * from './periods.js';
export * from './measures.js';
export * from './targets.js';
export * from './progress.js';
export * from './import/index.js';
