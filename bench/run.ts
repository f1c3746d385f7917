/**
 * Entry point: `node -r @swc-node/register bench/run.ts [name…]` from the repository root (no name
 * runs every benchmark, `--list` lists them). See bench/README.md.
 *
 * @swc-node/register reads its compiler options from `./tsconfig.json` or `SWC_NODE_PROJECT`; the
 * root has no tsconfig.json, and without `experimentalDecorators` the API's decorated entities do
 * not compile. So unless a project is named, the harness runs itself again in a child process with
 * `SWC_NODE_PROJECT=bench/tsconfig.json`, passing the exit code through.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

function relaunchWithBenchTsconfig(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: path.join(__dirname, 'tsconfig.json') },
  });
  // Ctrl-C reaches the child too (same process group); a signal sent to this process alone is passed on.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`bench: could not start the harness: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function entry(): Promise<number> {
  if (!process.env.SWC_NODE_PROJECT && !process.env.TS_NODE_PROJECT) return relaunchWithBenchTsconfig();
  // Loaded only now, with decorators enabled; a plain require, as the hook compiles .ts for require only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require('./lib/harness') as typeof import('./lib/harness');
  return main(process.argv.slice(2));
}

void entry().then((code) => {
  process.exitCode = code;
});
