// KPIs and results of a brand (issue 17): the dashboard, KPI management, actuals entry and
// import, the printable report. The router mounts the page at the brand's "results" section;
// the guest page of a report link shows the read-only report.
export { KpisPage } from './components/KpisPage';
export { SharedReport } from './components/SharedReport';
