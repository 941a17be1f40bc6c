/**
 * Module boundaries for dependency-cruiser 17 (`npm run lint`). The rules are the ones
 * written down in CONTRIBUTING.md; scripts/check-sql-placement.mjs checks where SQL may appear.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles at file level, type-only imports included: A → B → A is a cycle even inside one folder.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-foreign-repository',
      severity: 'error',
      comment:
        "A module never imports another module's repository (tests included): it calls that module's service, which owns the tables (scripts/table-owners.json).",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/[^/]+[.]repository[.]ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'routes-through-services',
      severity: 'error',
      comment:
        "A route calls services only: a *.routes.ts never imports a *.repository.ts, not even its own module's (types included); the service is where rules, transactions and audit live.",
      from: { path: '[.]routes[.]ts$' },
      to: { path: '[.]repository[.]ts$' },
    },
    {
      name: 'shared-runs-everywhere',
      severity: 'error',
      comment:
        'src/shared/ holds code that runs in both the server and the browser: no server, database, module or web code, no Node.js built-ins, no Fastify, Kysely, pg or PGlite.',
      from: { path: '^src/shared/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(?:src/(?:server|db|modules|web|cli)/|node_modules/(?:fastify|@fastify/|kysely|pg|pg-[^/]+|@electric-sql/)(?:/|$))' },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      comment: 'src/shared/ runs in the browser too: no node:* built-ins.',
      from: { path: '^src/shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-through-the-api',
      severity: 'error',
      comment: 'The web app reaches the server only through the HTTP API (and its generated client types), never by importing server, database or module code.',
      from: { path: '^src/web/' },
      to: { path: '^src/(?:server|db|modules|cli)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved is a typo or a missing package.',
      from: {},
      // @getodk/web-forms names a type file it does not ship (its types are in src/web/pages/collect/web-forms.d.ts).
      to: { couldNotResolve: true, pathNot: '^@getodk/web-forms$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(?:^|/)(?:node_modules|dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
