/**
 * Builds the UI (renderer/) once for both hosts: base './' makes every asset path
 * relative, so the same files load from file:// in the desktop app and over
 * http from the headless peer.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';

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

/**
 * Every chunk of the renderer named in index.html as a modulepreload, so the
 * browser fetches all of them with the first load and evaluates a screen's
 * only when someone opens it. Vite preloads only the entry's static imports.
 * A browser gets this code from the headless peer that served the page, and
 * the war room goes on when that peer goes down: a screen first opened then
 * must not need the network for its code.
 */
function preloadEveryChunk(): Plugin {
  let base = './';
  return {
    name: 'holdfast-preload-every-chunk',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      // After Vite's own tags, so the entry and what it already preloads are not named twice.
      order: 'post',
      handler: (html, { bundle }): HtmlTagDescriptor[] =>
        Object.values(bundle ?? {})
          .filter((output) => output.type === 'chunk' && !html.includes(output.fileName))
          .map((chunk) => chunk.fileName)
          .sort()
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` }, injectTo: 'head' })),
    },
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
