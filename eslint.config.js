// npm run lint: eslint (this file) and prettier (.prettierrc.json) over the whole tree.
// The rules that matter most here: no import cycles and layers that point down (feed <- ui <- elements),
// lit's template rules, and lit-a11y's accessibility rules for templates.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELEMENTS = ['place-directory', 'place-plan', 'place-connector', 'place-feedback', 'place-feed', 'embed'];

/** `from` may not import `to`: the layers point down only. */
const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      '.test-results/**',
      'bench/.build/**',
      'src/feed/load/spec.generated.ts',
      'src/ui/locales/**',
      'tests/fixtures/**',
      'sample/feed.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'tsconfig.node.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // `typeof import('./part.js')` names a part loaded on demand without loading it.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Matching control characters is how hostile text is found and escaped.
      'no-control-regex': 'off',
    },
  },
  // The layers: feed knows nothing of ui or elements; ui knows nothing of elements; elements do not reach
  // into each other except through an element's public entry (index.ts).
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./src/feed', './src/ui', 'The feed layer is the bottom layer: it may not import src/ui.'),
            // Inside the feed (src/feed/domain/types.ts draws it): a page's first load carries no zod.
            zone(
              ['./src/ui', './src/place-*', './src/embed'],
              './src/feed/validator',
              'The validator (zod) loads on demand: import types from src/feed/domain/types.ts.',
            ),
            zone(
              './src/feed/load/!(validator).ts',
              './src/feed/validator',
              'What a page runs first carries no zod: load the validator through load/validator.ts.',
            ),
            zone('./src/feed/domain/!(types).ts', ['./src/feed/load', './src/feed/validator'], "Domain helpers need only the feed's types (domain/types.ts)."),
            ...ELEMENTS.map((element) => zone('./src/feed', `./src/${element}`, 'The feed layer may not import an element.')),
            ...ELEMENTS.map((element) => zone('./src/ui', `./src/${element}`, 'Shared ui pieces may not import an element.')),
            ...ELEMENTS.flatMap((element) =>
              ELEMENTS.filter((other) => other !== element).map((other) => ({
                target: `./src/${element}`,
                from: `./src/${other}`,
                except: ['./index.ts'],
                message: `An element uses another only through its entry (src/${other}/index.ts).`,
              })),
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // `<ul role="list">` is deliberate: Safari drops list semantics from a list styled without bullets.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    // chai's assertions are expressions (`expect(x).to.be.true`).
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
