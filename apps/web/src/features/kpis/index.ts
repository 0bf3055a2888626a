// KPIs and results of a brand (issue 17): the dashboard, KPI management, actuals entry and
// import, the printable report. The router mounts the page at the brand's "results" section.
export { KpisPage } from './components/KpisPage';
