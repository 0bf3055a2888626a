export { MediaPlansPage } from './components/MediaPlansPage';
