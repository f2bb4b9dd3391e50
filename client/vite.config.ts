// Builds the explorer page from client/ into dist/client, which the server
// serves at /. In dev (npm run dev) the API is proxied to a running server.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape and fcose are one large chunk by nature; anything else growing past this is worth a look.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': process.env.KG_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
