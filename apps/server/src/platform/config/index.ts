export { APP_CONFIG, loadConfig, type AppConfig, type DatabaseConfig } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { InvalidEnvironmentError } from './environment.js';
