export { ToneGuidelineSection } from './components/ToneGuidelineSection';
