export { StrategyPage } from './components/StrategyPage';
export { StrategyExportMenu } from './components/StrategyExportMenu';
export { strategyComparableText } from './versions';
