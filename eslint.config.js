import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The renderer's folders import one way: app composes the views; views use presence, state and ui; ui uses
// none of them. A folder may import only the ones listed for it (a cycle between folders fails the lint).
const RENDERER_FOLDERS = [
  'app',
  'canvas',
  'alignment',
  'review',
  'inspector',
  'export',
  'import',
  'sync',
  'roadmaps',
  'presence',
  'state',
  'ui',
];
const RENDERER_MAY_IMPORT = {
  app: RENDERER_FOLDERS,
  canvas: ['presence', 'state', 'ui', 'inspector'],
  alignment: ['state', 'ui'],
  review: ['state', 'ui'],
  inspector: ['presence', 'state', 'ui'],
  export: ['canvas', 'state', 'ui'],
  import: ['state', 'ui'],
  sync: ['presence', 'state', 'ui'],
  roadmaps: ['state', 'ui'],
  presence: ['state'],
  state: [],
  ui: [],
};
const rendererLayers = Object.entries(RENDERER_MAY_IMPORT).map(([folder, allowed]) => ({
  files: [`renderer/${folder}/**/*.{ts,tsx}`],
  ignores: ['renderer/**/*.test.*'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: RENDERER_FOLDERS.filter((other) => other !== folder && !allowed.includes(other)).map((other) => ({
          group: [`../${other}/*`, `../../${other}/*`],
          message: `renderer/${folder} must not import renderer/${other} (see RENDERER_MAY_IMPORT).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'release/**', 'node_modules/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...rendererLayers,
  {
    // shared/ is the domain: it runs in Node and the browser, so it must not reach for either's APIs.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'react', 'react-dom', 'node:*', 'y-indexeddb', '../renderer/*', '../electron/*'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
);
