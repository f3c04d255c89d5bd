/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The console is served by the web module (Spring Boot) from target/classes/static; `npm run dev`
// serves it on :5173 and sends /api, /oauth2, /login and /logout to a running web module on :8080.
const backend = 'http://127.0.0.1:8080';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../../../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1400,
    rollupOptions: {
      // the console, and the complainant portal: a page of its own, with no sign-in
      input: { console: 'index.html', portal: 'portal.html' },
      onwarn(warning, warn) {
        // antd marks its modules "use client" for React Server Components; meaningless in a browser bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts';
          if (id.includes('node_modules/')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/api', '/oauth2', '/login', '/logout', '/portal/api'].map((p) => [p, backend])),
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
