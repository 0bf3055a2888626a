export { ToneModule } from './tone.module.js';
export { ToneGuidelinesService } from './tone-guidelines.service.js';
export { ToneChecksService } from './tone-checks.service.js';
export { ToneCheckEntity, ToneGuidelineEntity, ToneIgnoreEntity } from './tone.entities.js';
export { ToneCheckers, type CompiledGuideline } from './tone-checkers.js';
