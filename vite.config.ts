import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// base './' makes every asset URL relative, so dist/ works from any sub-path
// (https://host/some/dir/) and not only from the site root.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
