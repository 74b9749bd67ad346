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

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testRegex: '\\.(unit|int|e2e)\\.spec\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/.data/', '/.tools/', '/dist/'],
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
