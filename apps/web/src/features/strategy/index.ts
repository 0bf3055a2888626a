export { StrategyPage } from './components/StrategyPage';
