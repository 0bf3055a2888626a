export { strategyKind } from './kind';
export { StrategyExportMenu } from './components/StrategyExportMenu';
export { strategyComparableText } from './versions';
