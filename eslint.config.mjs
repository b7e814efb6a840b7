import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', '.data-*/**', 'node_modules/**', 'drizzle/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts', '.data/**'],
  },
  {
    // Destructuring a field away (`const { secret, ...rest } = row`) is how we omit one.
    rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }] },
  },
  {
    files: ['lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/db/*', '@/lib/server/*', 'next/*', 'next-auth', 'pg', '@electric-sql/*'] }],
    },
  },
];

export default config;
