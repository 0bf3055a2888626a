export { BrandIntegrations } from './components/BrandIntegrations';
