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
    // APIs Mend must never use (issue 16, L7). serialize() returns the decrypted database as
    // plaintext bytes (deserialize is its mirror); crashReporter uploads memory dumps that can
    // hold journal text; autoUpdater talks to the network.
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(serialize|deserialize)$/]',
          message: 'db.serialize()/deserialize() move the journal as plaintext: never use them.',
        },
        {
          selector: 'MemberExpression[property.name=/^(crashReporter|autoUpdater)$/]',
          message: 'No crash reports or updates: crash dumps can hold journal text, and Mend never touches the network.',
        },
        {
          selector: 'ImportSpecifier[imported.name=/^(crashReporter|autoUpdater)$/]',
          message: 'No crash reports or updates: crash dumps can hold journal text, and Mend never touches the network.',
        },
        {
          selector: 'ObjectPattern > Property[key.name=/^(crashReporter|autoUpdater)$/]',
          message: 'No crash reports or updates: crash dumps can hold journal text, and Mend never touches the network.',
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
