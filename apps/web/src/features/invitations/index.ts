export { InvitationPage } from './components/InvitationPage';
