import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Imports point one way: domain ← model ← layout ← scene ← render ← views ← app, with the
 * store beside the model, and the camera and platform helpers below everything that draws.
 * The geometry types (point, bounds, transform) are below everything and open to all.
 */
const FOLDERS = [
  'app',
  'camera',
  'components',
  'data',
  'domain',
  'export',
  'geometry',
  'i18n',
  'layout',
  'model',
  'platform',
  'render',
  'scene',
  'store',
  'theme',
  'views',
];
const ALLOWED = {
  domain: [],
  geometry: [],
  camera: [],
  platform: [],
  theme: ['domain'],
  i18n: ['domain', 'platform'],
  model: ['domain', 'i18n'],
  layout: ['domain', 'model', 'i18n'],
  store: ['domain', 'model', 'theme', 'i18n'],
  data: ['domain', 'layout', 'i18n'],
  scene: ['domain', 'model', 'layout', 'theme', 'i18n'],
  render: ['domain', 'model', 'layout', 'scene', 'theme', 'camera', 'i18n'],
  views: [
    'domain',
    'model',
    'layout',
    'scene',
    'render',
    'theme',
    'store',
    'camera',
    'platform',
    'i18n',
  ],
  // Export draws from the store's state, with the same scene and render modules as the views.
  export: ['domain', 'model', 'layout', 'scene', 'render', 'theme', 'store', 'platform', 'i18n'],
  components: [
    'domain',
    'model',
    'scene',
    'render',
    'theme',
    'store',
    'export',
    'views',
    'platform',
    'i18n',
  ],
  app: FOLDERS.filter((f) => f !== 'app'),
};
const layer = (folder, forbidden) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          // Relative paths up into another folder of src/ (a file of the same name inside
          // the folder itself, such as export/data.ts, is not that folder).
          group: ['../', '../../', '../../../'].flatMap((up) => [`${up}${f}`, `${up}${f}/**`]),
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
  // Each folder of src/ may import only from the folders listed (and from itself).
  ...Object.entries(ALLOWED).map(([folder, allowed]) =>
    layer(
      folder,
      FOLDERS.filter((f) => f !== folder && f !== 'geometry' && !allowed.includes(f)),
    ),
  ),
);
