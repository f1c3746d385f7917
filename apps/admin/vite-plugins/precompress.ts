import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files already compressed inside (fonts, images): another layer only makes them bigger. */
const ALREADY_COMPRESSED = /\.(woff2?|png|jpe?g|gif|webp|avif|ico|br|gz|zip)$/i;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}

/**
 * After the build, writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9) beside
 * every built file that compresses (scripts, styles, `index.html`, the manifest), so that the API
 * (`apps/api/src/platform/http/admin-static.ts`) sends them as they are, with no work per request.
 * Every such file has both copies, even a tiny one that compression makes a few bytes bigger: a
 * browser that asks for Brotli always gets Brotli.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'pishkhan:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((file) => !ALREADY_COMPRESSED.test(file));
      await Promise.all(
        files.map(async (file) => {
          const body = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            gzipAsync(body, { level: 9 }),
          ]);
          await writeFile(`${file}.br`, br);
          await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}
