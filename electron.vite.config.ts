import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { licencesPlugin } from './build/licenses';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };

// Sources live outside src/, so every entry and output folder is named explicitly.
export default defineConfig({
  // Main and preload bundle their few libraries (zod), so the packaged app needs no node_modules.
  main: {
    build: {
      externalizeDeps: false,
      sourcemap: false,
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts') },
        // Bundled libraries' JSDoc (pdf-lib's usage examples) is dead weight in the main process;
        // licence comments stay.
        output: { comments: { legal: true, annotation: false, jsdoc: false } },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      sourcemap: false,
      outDir: 'out/preload',
      // Sandboxed preloads cannot be ES modules.
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), licencesPlugin(__dirname)],
    define: { 'import.meta.env.APP_VERSION': JSON.stringify(pkg.version) },
    build: {
      sourcemap: false,
      // electron-vite leaves the renderer unminified; parsing 5 MB of source was most of the cold start.
      // ANLAUFSTELLE_UNMINIFIED=1: readable function names in a CPU profile.
      minify: !process.env.ANLAUFSTELLE_UNMINIFIED,
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
