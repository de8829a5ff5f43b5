import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer ships to the browser: no Node APIs here either, just the folder.
const root = `${import.meta.dirname}/`;

/**
 * The renderer is served from a custom protocol (Electron) or the loopback web
 * host, both under a strict CSP (`script-src 'self'`): relative asset URLs, and
 * nothing inline — no module-preload polyfill, no inlined assets.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
    // Timing reports are noise in test logs on a busy 2-core machine.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // The app, and the account brief that Chromium prints (DESIGN.md "Reports").
      input: { main: `${root}index.html`, report: `${root}report.html` },
    },
  },
  // The layout worker loads fcose only for the scenes that need it: a module
  // worker, so that it can have chunks of its own (layout-compute.ts).
  worker: { format: 'es' },
  server: { host: '127.0.0.1', strictPort: false },
});
