export { TeamsPage } from './components/TeamsPage';
