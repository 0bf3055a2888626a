export { MembersPage } from './components/MembersPage';
