import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Comparison } from './compare';
import type { BenchSettings } from './settings';

export const BENCH_DIR = path.resolve(__dirname, '..');
export const RESULTS_MD = path.join(BENCH_DIR, 'RESULTS.md');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  platform: string;
  node: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

/** Everything one benchmark run reports; also the raw JSON in `results/<name>.json`. */
export interface BenchReport {
  name: string;
  description: string;
  subjectLabel: string;
  /** How the API ran: NODE_ENV, log level, database. */
  subjectSetup: string;
  baselineLabel: string;
  date: string;
  machine: MachineInfo;
  settings: BenchSettings;
  comparison: Comparison;
  /** What the benchmark measured besides speed (e.g. SQL statements per request). */
  facts?: Record<string, string>;
}

const HEADER = `# Benchmark results

Written by \`bench/run.ts\` (see [README.md](README.md)); each section is replaced when its benchmark runs
again. Every figure is a median over alternating runs of the subject and of a bare Apollo Server 5
baseline in the same process, so read the **ratio** subject / baseline: the absolute numbers depend on
the machine and on whatever else ran on it. Raw figures per run are in \`results/<name>.json\`.
`;

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const thousands = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');

function startMarker(name: string): string {
  return `<!-- bench:${name}:start -->`;
}
function endMarker(name: string): string {
  return `<!-- bench:${name}:end -->`;
}

export function renderSection(report: BenchReport): string {
  const { comparison: c, settings: s, machine: m } = report;
  const order = Array.from({ length: s.rounds }, (_, i) => (i % 2 === 0 ? 'B S' : 'S B')).join(', ');
  return [
    startMarker(report.name),
    `## ${report.name}`,
    '',
    report.description,
    '',
    `- Date: ${report.date}`,
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.platform}, Node ${m.node}`,
    `- Load: ${s.connections} connections, ${s.seconds} s per run, ${s.rounds} rounds (${order}; B = baseline, S = subject)` +
      (s.warmupSeconds > 0 ? `, after a ${s.warmupSeconds} s warm-up of each` : ''),
    `- Subject: ${report.subjectLabel}`,
    `- API setup: ${report.subjectSetup}`,
    `- Baseline: ${report.baselineLabel}`,
    ...Object.entries(report.facts ?? {}).map(([key, value]) => `- ${key}: ${value}`),
    '',
    '| median | baseline | subject | subject / baseline |',
    '| --- | ---: | ---: | ---: |',
    `| requests/s | ${thousands(c.baseline.requestsPerSecond)} | ${thousands(c.subject.requestsPerSecond)} | ${ratio(c.ratio.requestsPerSecond)} |`,
    `| p50 latency (ms) | ${fixed(c.baseline.p50Ms, 1)} | ${fixed(c.subject.p50Ms, 1)} | ${ratio(c.ratio.p50)} |`,
    `| p99 latency (ms) | ${fixed(c.baseline.p99Ms, 1)} | ${fixed(c.subject.p99Ms, 1)} | ${ratio(c.ratio.p99)} |`,
    `| errors / timeouts / non-2xx (all runs) | ${c.baseline.errors} / ${c.baseline.timeouts} / ${c.baseline.non2xx} | ${c.subject.errors} / ${c.subject.timeouts} / ${c.subject.non2xx} | |`,
    '',
    `Requests/s ratio of each round: ${c.roundRatios.map((r) => ratio(r)).join(', ')}. Raw runs: [results/${report.name}.json](results/${report.name}.json).`,
    endMarker(report.name),
  ].join('\n');
}

/** Puts `section` in place of the benchmark's previous section, or appends it. */
export function upsertSection(markdown: string, name: string, section: string): string {
  const base = markdown.trim() === '' ? HEADER : markdown;
  const start = base.indexOf(startMarker(name));
  const end = base.indexOf(endMarker(name));
  if (start !== -1 && end > start) {
    return base.slice(0, start) + section + base.slice(end + endMarker(name).length);
  }
  return `${base.trimEnd()}\n\n${section}\n`;
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, file);
}

/** Updates `RESULTS.md` and writes `results/<name>.json`. Returns the paths written. */
export async function writeReport(report: BenchReport): Promise<string[]> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const jsonFile = path.join(RESULTS_DIR, `${report.name}.json`);
  await writeAtomically(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  const current = await readFile(RESULTS_MD, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  await writeAtomically(RESULTS_MD, upsertSection(current, report.name, renderSection(report)));
  return [RESULTS_MD, jsonFile];
}

/** Writes a section of free-form lines (for benchmarks that are not request loads) into RESULTS.md. */
export async function writeFreeSection(name: string, lines: string[], raw: unknown): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeAtomically(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(raw, null, 2)}\n`);
  const current = await readFile(RESULTS_MD, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const section = [startMarker(name), `## ${name}`, '', ...lines, endMarker(name)].join('\n');
  await writeAtomically(RESULTS_MD, upsertSection(current, name, section));
}
