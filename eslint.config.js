// Lint: typescript-eslint's recommended rules, plus the architecture rules: the core is free of
// platform code (src/ never imports adapters/), the layers below the commands never reach back
// up, and adapters keep to their folder and the core's port (test/architecture.test.ts checks
// the same graph, type-only imports included).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Adapters reach the core through src/core.ts (plus the ports and the neutral model), never one
 * another, and inside a folder the arrows point down: index.ts -> inbound.ts -> on-<event>.ts ->
 * the roles below (payloads, render, respond, context, http, messenger...). A later entry
 * replaces the rule's options for the files it matches, so each entry repeats the shared ones.
 */
function adapterRules() {
  const sql = ['kysely', 'pg', 'better-sqlite3'].map((name) => ({
    name,
    message: 'Adapters never touch SQL: call the core.',
  }));
  const shared = [
    {
      group: [
        '**/src/commands/**',
        '**/src/register/**',
        '**/src/db/**',
        '**/src/reminders/**',
        '**/src/digest/**',
        '**/src/minutes/**',
        '**/src/first-contact.ts',
        '**/src/access.ts',
      ],
      message:
        'Adapters go through src/core.ts (it re-exports the types they need), never into the layers behind it.',
    },
    {
      group: ['../slack/**', '../teams/**', '../console/**', '../email/**'],
      message: 'An adapter never imports another adapter: what both need belongs in src/.',
    },
    { group: ['./index.ts'], message: 'index.ts wires the adapter; nothing inside imports it.' },
  ];
  const inbound = {
    group: ['./inbound.ts'],
    message: 'Only index.ts imports inbound.ts, which registers the handlers.',
  };
  const handlers = {
    group: ['./on-*'],
    message: 'Handlers sit above the shared roles: payloads, render, respond... never import one.',
  };
  const rule = (...extra) => ({
    'no-restricted-imports': ['error', { paths: sql, patterns: [...shared, ...extra] }],
  });
  return [
    { files: ['adapters/**/*.ts'], rules: rule() },
    { files: ['adapters/*/on-*.ts'], rules: rule(inbound) },
    {
      files: ['adapters/*/*.ts'],
      ignores: ['adapters/*/on-*.ts', 'adapters/*/inbound.ts', 'adapters/*/index.ts'],
      rules: rule(inbound, handlers),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'dist.*/',
      '.dist-test-*/',
      'bench/.dist/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // We strip control characters from user text on purpose (logs, terminals, notes).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/adapters/**'], message: 'The core never imports an adapter.' }],
        },
      ],
    },
  },
  ...adapterRules(),
  {
    // The command line is a composition root beside main.ts: it reaches the commands only
    // through the core (test/architecture.test.ts checks its dynamic imports too).
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**'], message: 'The core never imports an adapter.' },
            {
              group: ['**/commands/**'],
              message:
                'Only src/core.ts imports the commands: go through the core or the register.',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers below the commands: they serve the commands, so they never reach back up.
    // (A later entry replaces the rule's options, so the adapters pattern is repeated here.)
    files: [
      'src/register/**/*.ts',
      'src/db/**/*.ts',
      'src/reminders/**/*.ts',
      'src/digest/**/*.ts',
      'src/minutes/**/*.ts',
      'src/access.ts',
      'src/cards.ts',
      'src/first-contact.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**'], message: 'The core never imports an adapter.' },
            {
              group: ['**/commands/**', '**/core.ts', '**/main.ts'],
              message: 'Lower layers never import the commands, the core or main.',
            },
          ],
        },
      ],
    },
  },
);
