export { HealthPanel } from './components/HealthPanel';
export { ServerHealthQuery } from './graphql/server-health.query';
