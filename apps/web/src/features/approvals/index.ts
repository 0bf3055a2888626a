export { ApprovalBanner, ApprovalHeaderAction } from './components/DocumentApprovals';
export { ApprovalPanel, type ApprovalPanelProps } from './components/ApprovalPanel';
export { DecisionForm } from './components/DecisionForm';
