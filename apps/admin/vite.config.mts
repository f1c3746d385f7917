import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/health': api,
      '/ready': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd's chunk (with Table, Tree, Cascader and the date pickers) is about 1 MB (320 kB gzipped);
    // warn only when it grows well past that.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 2 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs|jalaali-js)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
