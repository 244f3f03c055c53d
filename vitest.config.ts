import { defineConfig } from 'vitest/config';

// One run over every workspace's unit and integration tests; `scripts/test.mjs` drives it.
export default defineConfig({ test: { projects: ['packages/turkic', 'packages/server', 'packages/web'] } });
