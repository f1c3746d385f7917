import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphql-documents';
import { precompress } from './vite-plugins/precompress';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(), react(), precompress()],
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/ready': api,
      // Files the API makes for staff (PDF receipts).
      '/counter-offices/receipts': api,
      '^/hajj/registrations/[^/]+\\.pdf$': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // `dist/.vite/manifest.json`: every chunk with its imports and dynamic imports, read by
    // `bench/admin-bundle.ts` to report what each route loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // React and Apollo change less often than the app and every page needs them: their own
        // chunks stay cached across releases. antd is left to the bundler, which puts each
        // component with the routes that use it (the sign-in page loads only what it shows).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 2 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
