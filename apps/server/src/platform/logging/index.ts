export { createRootLogger, PinoNestLogger } from './logger.js';
export { LoggingModule, ROOT_LOGGER } from './logging.module.js';
