export { MediaPlansModule } from './media-plans.module.js';
export { MediaPlansService } from './media-plans.service.js';
