import {defineConfig} from "vite";

/** The dashboard: index.html at the root, sources in src/web, built into dist/web (served by src/server/app.ts). */
export default defineConfig({
  root: ".",
  base: "/",
  publicDir: false,
  build: {
    outDir: "dist/web",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    assetsInlineLimit: 0
  },
  server: {proxy: {"/api": "http://127.0.0.1:8787"}}
});
