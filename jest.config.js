/** One jest run for the whole workspace; the file suffix (.unit/.int/.e2e.spec.ts) gives the level. */
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // Without decoratorMetadata Nest's DI injects undefined and fails only at request time.
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// The web app's components (.tsx): React's automatic JSX runtime. Their specs choose jsdom with a
// `@jest-environment jsdom` docblock; everything else stays on node.
const swcTsx = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// react-router (and its two dependencies) ship ES modules only; one file reads `import.meta.hot`,
// which CommonJS cannot hold.
const swcEsmPackage = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'ecmascript' },
      target: 'es2022',
      transform: { optimizer: { globals: { vars: { 'import.meta.hot': 'undefined' } } } },
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    '^.+\\.tsx$': swcTsx,
    '/node_modules/(react-router|@remix-run|cookie-es)/.+\\.m?js$': swcEsmPackage,
  },
  // Those ES-module packages are compiled to CommonJS for jest like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(react-router|@remix-run|cookie-es)/)'],
  // Stylesheets imported by components mean nothing to a test.
  moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/src/testing/style-stub.js' },
  testRegex: '\\.(unit|int|e2e)\\.spec\\.tsx?$',
  testPathIgnorePatterns: ['/node_modules/', '/.data/', '/.tools/', '/dist/'],
  // Provisioning the Temporal CLI is tooling (tools/), so the run's setup lives there.
  globalSetup: '<rootDir>/tools/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/tools/src/testing/jest-global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
