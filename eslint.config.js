// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const networkModules = ['http', 'https', 'http2', 'net', 'dns', 'tls', 'dgram', 'undici'].flatMap((name) => [
  name,
  `node:${name}`,
]);

/** The borders between layers, enforced so that a shortcut across them fails `npm run lint`. */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared is pure: no electron.' },
            { group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only itself.' },
          ],
          paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'buffer', 'url'].map((name) => ({
            name,
            message: 'src/shared is pure: no Node built-ins.',
          })),
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through api.ts.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through api.ts.' },
            { group: ['node:*'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/api.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'mend', message: 'Use the api module, not the exposed object.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'mend', message: 'Use the api module, not the exposed object.' },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkModules.map((name) => ({ name, message: 'Mend never touches the network.' })),
            { name: 'electron', importNames: ['net'], message: 'Mend never touches the network.' },
          ],
        },
      ],
    },
  },
  {
    // Services run under plain Node in tests; only the adapters and the lifecycle may use Electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkModules.map((name) => ({ name, message: 'Mend never touches the network.' })),
            { name: 'electron', message: 'Services stay free of Electron; put adapters in src/main/electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', '**/main/**', '**/renderer/**', 'node:*'], message: 'The preload is generic over the contract.' },
            { group: ['**/shared/ipc/contract'], message: 'The preload uses channel names, not schemas.' },
          ],
        },
      ],
    },
  },
);
