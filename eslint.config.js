// Layer rules are enforced by tooling, not review: Nx tags + banned imports, and no Node built-ins
// in code that must run inside Temporal's deterministic workflow sandbox.
const nx = require('@nx/eslint-plugin');
const importX = require('eslint-plugin-import-x');
const { createTypeScriptImportResolver } = require('eslint-import-resolver-typescript');
const { builtinModules } = require('node:module');

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const impure = [
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@temporalio/testing',
  'pg',
  'kysely',
  '@nestjs/core',
  '@nestjs/common',
];

const depConstraints = [
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: [],
    bannedExternalImports: [...impure, '@temporalio/workflow'],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: impure },
  {
    sourceTag: 'type:workflow',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:activity'],
    bannedExternalImports: impure,
  },
  {
    sourceTag: 'type:activity',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data-access', 'type:util'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data-access', 'type:util'],
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['*'] },
  // Production apps take any library but the tooling (tools/: smoke and bench workflows, the Temporal build).
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'], notDependOnLibsWithTags: ['type:tool'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
  // The worker runs beside the API, never through it: what both need lives in a shared library.
  { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['*'], notDependOnLibsWithTags: ['scope:api'] },
];

// Tests drive the real thing (worker, client, database) and may use the testing helpers anywhere.
// The apps' ban on tools/ does not carry over: a worker spec runs the smoke workflow from tools/.
const specDepConstraints = depConstraints.map((c) => ({
  sourceTag: c.sourceTag,
  onlyDependOnLibsWithTags: c.onlyDependOnLibsWithTags.includes('*')
    ? ['*']
    : [
        ...c.onlyDependOnLibsWithTags,
        'type:testing',
        'type:activity',
        'type:workflow',
        'type:data-access',
        'type:util',
      ],
}));

module.exports = [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.tools/**',
      '.nx/**',
      'coverage/**',
      'test-artifacts/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          depConstraints,
        },
      ],
    },
  },
  {
    // No import circle: a module graph with cycles has no bottom to read from and breaks load order.
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.base.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Workflows may see activities only as types (`import type`), never their code.
    files: ['workflows/src/**/*.ts', 'libs/domain/src/**/*.ts', 'libs/contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflow and domain code must stay deterministic: no Node built-ins.',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Read configuration at the edge (libs/config), not in pure code.' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'scripts/**/*.ts', 'test/**/*.ts', 'tools/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { allow: [], enforceBuildableLibDependency: false, depConstraints: specDepConstraints },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];
