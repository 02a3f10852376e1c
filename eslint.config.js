import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Imports point one way: domain ← model ← layout ← scene ← render ← views ← app. */
const layer = (folder, forbidden) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}`, `**/${f}/*`],
          message: `src/${folder} must not import from src/${f}`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/e2e/artifacts', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'data/tools/**', 'bench/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
  },
  layer('domain', [
    'model',
    'layout',
    'scene',
    'render',
    'views',
    'app',
    'store',
    'data',
    'components',
    'export',
  ]),
  layer('model', [
    'layout',
    'scene',
    'render',
    'views',
    'app',
    'store',
    'data',
    'components',
    'export',
  ]),
  layer('layout', ['scene', 'render', 'views', 'app', 'store', 'data', 'components', 'export']),
  layer('scene', ['render', 'views', 'app', 'store', 'data', 'components', 'export']),
  layer('render', ['views', 'app', 'store', 'data', 'components', 'export']),
  layer('store', ['layout', 'scene', 'render', 'views', 'app', 'data', 'components', 'export']),
);
