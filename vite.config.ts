/**
 * Builds the UI (renderer/) once for both hosts: base './' makes every asset path
 * relative, so the same files load from file:// in the desktop app and over
 * http from the headless peer.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { preloadEveryChunk } from './vite-preload-every-chunk.js';

/**
 * The dev server's React refresh needs an inline script, which the strict
 * CSP in index.html forbids; loosen it for `vite dev` only, never in a build.
 */
function devServerCsp(): Plugin {
  return {
    name: 'holdfast-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), devServerCsp(), preloadEveryChunk()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
  },
});
