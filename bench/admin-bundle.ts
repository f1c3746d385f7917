/**
 * What the built admin sends, per route, read from the build's manifest:
 * `npm run build -w apps/admin && SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/admin-bundle.ts [--write]`
 *
 * - the sign-in page: the entry chunk and everything it imports, plus the public layout's and the
 *   login page's own chunks (JavaScript and CSS, raw, gzip and Brotli as the API sends them);
 * - each lazy chunk of the entry (the two layouts, every route's page): the chunks it adds to the
 *   entry's, loaded only when a route needs it.
 *
 * Fails (exit 1) when the sign-in page's JavaScript passes the budget (400 kB gzip) or when a
 * page is not lazy (its chunk is among those the entry loads). `--write` puts the table in
 * bench/RESULTS.md (section `adminBundle`) and the figures in results/adminBundle.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { writeFreeSection } from './lib/report';

/** The sign-in page's JavaScript, gzip, in bytes (kB = 1000 bytes, as Vite and the browser's devtools count). */
export const SIGN_IN_BUDGET_GZIP = 400_000;

const DIST = path.resolve(__dirname, '..', 'apps', 'admin', 'dist');
const MANIFEST = path.join(DIST, '.vite', 'manifest.json');
const LOGIN_PAGE = 'src/features/accounts/login/login-page.tsx';
/** The layout the sign-in page is shown in (a lazy chunk of its own, like the pages). */
const PUBLIC_LAYOUT = 'src/layout/public-layout.tsx';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

const sizeCache = new Map<string, Omit<Sizes, 'files'>>();

/** A built file's sizes: the precompressed copies the build wrote beside it, or compressed here when it wrote none. */
function sizesOf(file: string): Omit<Sizes, 'files'> {
  const cached = sizeCache.get(file);
  if (cached) return cached;
  const full = path.join(DIST, file);
  const body = readFileSync(full);
  const gzip = existsSync(`${full}.gz`) ? readFileSync(`${full}.gz`).length : gzipSync(body, { level: 9 }).length;
  const brotli = existsSync(`${full}.br`)
    ? readFileSync(`${full}.br`).length
    : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const sizes = { raw: body.length, gzip, brotli };
  sizeCache.set(file, sizes);
  return sizes;
}

function total(files: Iterable<string>): Sizes {
  const sum: Sizes = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const sizes = sizesOf(file);
    sum.files += 1;
    sum.raw += sizes.raw;
    sum.gzip += sizes.gzip;
    sum.brotli += sizes.brotli;
  }
  return sum;
}

/** The chunk keys a chunk loads at once: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function filesOf(manifest: Manifest, keys: Iterable<string>): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const sheet of chunk.css ?? []) css.add(sheet);
  }
  return { js, css };
}

export interface BundleReport {
  signIn: { js: Sizes; css: Sizes; budgetGzip: number };
  entry: { js: Sizes };
  pages: Array<{ page: string; lazy: boolean; js: Sizes }>;
  problems: string[];
}

export function bundleReport(manifest: Manifest): BundleReport {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('The manifest names no entry');
  const entry = staticClosure(manifest, entryKey);
  const entryFiles = filesOf(manifest, entry);
  const pages = (manifest[entryKey]!.dynamicImports ?? []).filter((key) => key.startsWith('src/'));
  const problems: string[] = [];
  for (const lazyOne of [LOGIN_PAGE, PUBLIC_LAYOUT])
    if (!pages.includes(lazyOne)) problems.push(`${lazyOne} is not loaded lazily by the entry`);

  const signIn = filesOf(manifest, new Set([...entry, ...staticClosure(manifest, PUBLIC_LAYOUT), ...staticClosure(manifest, LOGIN_PAGE)]));
  const signInJs = total(signIn.js);
  if (signInJs.gzip > SIGN_IN_BUDGET_GZIP)
    problems.push(`the sign-in page loads ${kb(signInJs.gzip)} of JavaScript (gzip), over the ${kb(SIGN_IN_BUDGET_GZIP)} budget`);

  const pageRows = pages.map((page) => {
    const lazy = !entry.has(page);
    if (!lazy) problems.push(`${page} is loaded with the entry, not when its route is visited`);
    const own = [...filesOf(manifest, staticClosure(manifest, page)).js].filter((file) => !entryFiles.js.has(file));
    return { page, lazy, js: total(own) };
  });
  return {
    signIn: { js: signInJs, css: total(signIn.css), budgetGzip: SIGN_IN_BUDGET_GZIP },
    entry: { js: total(entryFiles.js) },
    pages: pageRows,
    problems,
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function row(label: string, sizes: Sizes, extra = ''): string {
  return `| ${label} | ${sizes.files} | ${kb(sizes.raw)} | ${kb(sizes.gzip)} | ${kb(sizes.brotli)} |${extra}`;
}

export function renderReport(report: BundleReport): string[] {
  return [
    `The built admin (\`apps/admin/dist\`, read from \`.vite/manifest.json\`): what the sign-in page loads, and what each route adds to the entry's chunks when it is first visited. Sizes are the files and the Brotli and gzip copies the build writes beside them, which the API sends to browsers that accept them. Budget: the sign-in page's JavaScript at most ${kb(report.signIn.budgetGzip)} gzip.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Sign-in page JavaScript: **${kb(report.signIn.js.gzip)} gzip** (${kb(report.signIn.js.brotli)} Brotli, ${kb(report.signIn.js.raw)} raw) of ${kb(report.signIn.budgetGzip)}: ${report.signIn.js.gzip <= report.signIn.budgetGzip ? 'within budget' : '**over budget**'}`,
    `- Every route lazy: ${report.pages.every((p) => p.lazy) ? 'yes' : '**no**'}`,
    '',
    '| what | files | raw | gzip | Brotli |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('sign-in page, JavaScript', report.signIn.js),
    row('sign-in page, CSS', report.signIn.css),
    row('entry (every page)', report.entry.js),
    ...report.pages.map((page) => row(`\`${page.page.replace(/^src\/features\//, '')}\`${page.lazy ? '' : ' (not lazy)'}`, page.js)),
    '',
  ];
}

async function main(): Promise<void> {
  if (!existsSync(MANIFEST)) {
    console.error(`No ${path.relative(process.cwd(), MANIFEST)}: build the admin first (npm run build -w apps/admin)`);
    process.exit(2);
  }
  const report = bundleReport(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest);
  const lines = renderReport(report);
  console.log(lines.join('\n'));
  if (process.argv.includes('--write')) await writeFreeSection('adminBundle', lines, report);
  for (const problem of report.problems) console.error(`FAIL: ${problem}`);
  process.exit(report.problems.length === 0 ? 0 : 1);
}

if (require.main === module) void main();
