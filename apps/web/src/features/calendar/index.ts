export { CalendarPage } from './components/CalendarPage';
export { ContentMixPanel } from './components/ContentMixPanel';
