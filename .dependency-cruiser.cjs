// Dependency rules for the whole repository (see docs/adr/0011-document-kinds-and-boundaries.md).
// Run with `pnpm depcruise`; `pnpm check` runs it as the gate "Dependency rules (layers, no circles)".
const SERVER = '^apps/server/src/';
const WEB = '^apps/web/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-not-to-modules',
      comment:
        'platform/ is the floor: it never imports business modules or the collaboration endpoint.',
      severity: 'error',
      from: { path: `${SERVER}platform/` },
      to: { path: `${SERVER}(modules|collaboration)/` },
    },
    {
      name: 'packages-not-to-apps',
      comment: 'Shared packages are used by the apps, never the other way round.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-not-to-server',
      comment: 'The web app talks to the server over GraphQL and sockets, never through its code.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'web-ui-not-to-features',
      comment: 'ui/ holds presentational primitives; features build on them, not the other way.',
      severity: 'error',
      from: { path: `${WEB}ui/` },
      to: { path: `${WEB}features/` },
    },
    {
      name: 'web-collaboration-not-to-features',
      comment:
        'collaboration/ wraps Y.Doc and the provider; it is given the user, it never imports features.',
      severity: 'error',
      from: { path: `${WEB}collaboration/` },
      to: { path: `${WEB}features/` },
    },
    {
      name: 'server-module-through-index',
      comment: 'Another module is entered through its index.ts, not its internals.',
      severity: 'error',
      from: { path: `${SERVER}modules/([^/]+)/` },
      to: {
        path: `${SERVER}modules/[^/]+/`,
        pathNot: [`${SERVER}modules/$1/`, `${SERVER}modules/[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'server-collaboration-through-index',
      comment: 'Modules use the collaboration endpoint only through collaboration/index.ts.',
      severity: 'error',
      from: { path: `${SERVER}modules/` },
      to: { path: `${SERVER}collaboration/`, pathNot: `${SERVER}collaboration/index\\.ts$` },
    },
    {
      name: 'collaboration-to-modules-through-index',
      comment: 'The collaboration endpoint uses modules only through their index.ts.',
      severity: 'error',
      from: { path: `${SERVER}collaboration/` },
      to: { path: `${SERVER}modules/`, pathNot: `${SERVER}modules/[^/]+/index\\.ts$` },
    },
    {
      name: 'web-feature-through-index',
      comment: 'Another feature is entered through its index.ts, not its internals.',
      severity: 'error',
      // Tests may reach into another feature's queries to mock them; HomePage imports
      // auth/workspaces internals on purpose so their lazy pages stay out of the first
      // download (the reason is written above those imports, as the web ESLint rule allows).
      from: {
        path: `${WEB}features/([^/]+)/`,
        pathNot: ['\\.test\\.tsx?$', `${WEB}features/home/components/HomePage\\.tsx$`],
      },
      to: {
        path: `${WEB}features/[^/]+/`,
        pathNot: [`${WEB}features/$1/`, `${WEB}features/[^/]+/index\\.tsx?$`],
      },
    },
    {
      name: 'no-circular',
      comment: 'No import circles (type-only imports vanish at run time and do not count).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    includeOnly: '^(apps/(server|web)/src|packages/[^/]+/src)/',
    exclude: { path: ['/dist/', '^apps/web/src/gql/'] },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      conditionNames: ['import', 'types', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
