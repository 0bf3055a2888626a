export { ToneGuidelineSection } from './components/ToneGuidelineSection';
export { ToneEditorSide } from './components/ToneEditorSide';
export { TonePanel, type EditorFinding, type ToneStatus } from './components/TonePanel';
export { ToneCheck } from './editor/tone-extension';
export { usePostTone, type PostTone } from './hooks/use-post-tone';
export { useTextTone, type TextTone } from './hooks/use-text-tone';
export { ToneCheckSummary, ToneGate, type ToneGateProps } from './components/ToneCheckSummary';
export { toneProblemOf, type ToneProblem } from './hooks/tone-problem';
export { ReplyToneFindings, useReplyTone } from './components/ReplyTone';
