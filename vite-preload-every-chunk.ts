/**
 * Every chunk of the renderer named in index.html as a modulepreload, so the
 * browser fetches all of them with the first load and evaluates a screen's
 * only when someone opens it. Vite preloads only the entry's static imports.
 * A browser gets this code from the headless peer that served the page, and
 * the war room goes on when that peer goes down: a screen first opened then
 * must not need the network for its code.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadEveryChunk(): Plugin {
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
