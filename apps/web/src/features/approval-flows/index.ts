export { ApprovalFlowsSection } from './components/ApprovalFlowsSection';
export { WaitingPage } from './components/WaitingPage';
