export { attachment, fileName } from './file-name.js';
export { WorkLimiter } from './work-limiter.js';
