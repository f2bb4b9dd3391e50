// Test runner settings: Kuzu is a native addon, so tests run in forked
// processes; browser and Neo4j-container tests get longer timeouts in their files.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
