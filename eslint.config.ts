// ESLint for the whole repository: TypeScript's recommended rules, the rules
// of hooks, and the import boundaries between lib/, components/, browser/ and
// the widget folders (eslint/importBoundaries.ts). On Node 20 ESLint loads a
// TypeScript config through jiti, hence jiti among the dev dependencies.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from './eslint/importBoundaries';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.next/', 'out/', 'cache/', '.cache/', 'public/', 'test-results/', 'playwright-report/', 'next-env.d.ts'],
  },
  tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks, llmx: boundaries },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'llmx/import-boundaries': 'error',
      // `const { dropped, ...kept } = x` is how a key is left out of a copy
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
