export { MediaPlansModule } from './media-plans.module.js';
export { MediaPlansService } from './media-plans.service.js';
export { mediaPlanKind } from './media-plan.kind.js';
export { readBody, REQUEST_HEADER } from './media-plan-files.controller.js';
