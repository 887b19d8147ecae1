// Lint: typescript-eslint's recommended rules, plus the architecture rule that keeps the core
// free of platform code (src/ never imports adapters/).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'bench/results/'] },
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
  {
    files: ['adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'kysely', message: 'Adapters never touch SQL: call the core.' },
            { name: 'pg', message: 'Adapters never touch SQL: call the core.' },
            { name: 'better-sqlite3', message: 'Adapters never touch SQL: call the core.' },
          ],
        },
      ],
    },
  },
);
