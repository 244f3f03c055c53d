import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vite configuration: React SPA built to `dist`; in development `/api` goes to the local server. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
