import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.test-builds/**',
      '.next/**',
      'out/**',
      'node_modules/**',
      '.scratch/**',
      'next-env.d.ts',
      'bench/hello/**',
    ],
  },
];

export default config;
