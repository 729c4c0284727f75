import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { embedHtml } from './geo/build/embed-html.ts';
import { storyHead } from './geo/build/index-html.ts';
import type { StoryMeta } from './geo/schema.ts';

/**
 * The Content Security Policy of the built page. Everything is served by the app itself; MapLibre
 * runs its worker from a file of ours (setWorkerUrl), so no blob: workers and no 'unsafe-eval'.
 * data: images are the SVG icons in maplibre-gl.css. Only in the build: the dev server injects
 * inline styles and scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/**
 * Where the built story data comes from: public/ (npm run geo's output) unless STORY_PUBLIC names
 * another folder laid out the same way (the browser tests' fixture story builds into one).
 */
const PUBLIC_DIR = process.env.STORY_PUBLIC ?? 'public';

/** index.html's title, meta description and the story's words, from the built data/story.json. */
function storyMeta(): Plugin {
  return {
    name: 'story-meta',
    transformIndexHtml: (html) => {
      const file = join(PUBLIC_DIR, 'data', 'story.json');
      let meta: StoryMeta;
      try {
        meta = JSON.parse(readFileSync(file, 'utf8')) as StoryMeta;
      } catch (e) {
        throw new Error(
          `${file}: cannot be read (run npm run geo first): ${e instanceof Error ? e.message : e}`,
        );
      }
      return storyHead(html, meta);
    },
  };
}

/**
 * embed.html, the embed layout for iframes in other pages: the finished index.html with
 * `<body data-layout="embed">` (geo/build/embed-html.ts). In the build it is written beside
 * index.html; the dev server answers /embed.html the same way.
 */
function embedPage(): Plugin {
  return {
    name: 'embed-page',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // The prerender's server build (vite build --ssr) has no page.
      if (this.environment.config.build.ssr) return;
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('embed.html: the build wrote no index.html');
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: embedHtml(String(index.source)) });
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith('/embed.html')) return next();
        const html = await server.transformIndexHtml(req.url, readFileSync('index.html', 'utf8'));
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(embedHtml(html));
      });
    },
  };
}

// base './' makes every asset URL relative, so dist/ works from any sub-path
// (https://host/some/dir/) and not only from the site root.
export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  publicDir: PUBLIC_DIR,
  plugins: [react(), storyMeta(), contentSecurityPolicy(), embedPage()],
  build: {
    target: 'es2022',
    // The prerender's server build (src/prerender.tsx) needs the code only, not a copy of the data.
    copyPublicDir: !isSsrBuild,
    // The prerender step reads it to prefetch the boot chunk (src/prerender.tsx).
    manifest: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    // MapLibre in its own file: it changes far less often than the app, and the benchmark can
    // weigh the app's own JavaScript apart from the engine's. Its code only: its stylesheet, which
    // the page's first module imports, would make that module import the engine's chunk too, and
    // so wait for it. The stylesheet goes in with the app's, before it (main.tsx's import order).
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        manualChunks: (id: string) =>
          id.includes('node_modules/maplibre-gl/') && !id.endsWith('.css') ? 'maplibre-gl' : undefined,
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
}));
