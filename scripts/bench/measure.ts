/**
 * Runs one pipeline step as a child process and measures it: wall time, CPU
 * time (user + system of the whole process tree, from the kernel's accounting
 * of reaped children) and peak memory (largest summed resident set of the tree,
 * polled from /proc). Lines the child prints can mark phases inside the step
 * (Astro's "generating static routes"…); each phase gets its own figures.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { withoutColourCodes } from '../../src/util/terminal-text.ts';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface Figures {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

export interface StepResult extends Figures {
  name: string;
  phases: Array<Figures & { name: string }>;
  /** Lines that matched a counter pattern, by counter name. */
  counts: Record<string, number>;
}

export interface StepOptions {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Every output line goes here. */
  logFile: string;
  /** The first phase is named `firstPhase`; a line matching a pattern starts the named phase. */
  firstPhase?: string;
  phases?: Array<{ name: string; startsAt: RegExp }>;
  /** Each line matching a counter's pattern adds 1, or the number its first group captures. */
  counters?: Record<string, RegExp>;
  /** Exit codes that still count as a run (a budget check that finds breaches exits 1). */
  okExitCodes?: number[];
}

export async function measureStep(options: StepOptions): Promise<StepResult> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`\n### ${options.name}: ${options.command} ${options.args.join(' ')}\n`);
  const cpuBefore = await childrenCpuSeconds();
  const started = performance.now();
  const child = spawn(options.command, options.args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid!;
  let peak = 0;
  const phases: StepResult['phases'] = [];
  let phase = { name: options.firstPhase ?? options.name, started, cpu: 0, peak: 0 };
  const counts: Record<string, number> = {};
  const remaining = [...(options.phases ?? [])];

  const poll = setInterval(async () => {
    const rss = await treeRssMiB(pid);
    peak = Math.max(peak, rss);
    phase.peak = Math.max(phase.peak, rss);
  }, 250);

  const closePhase = async (now: number) => {
    const cpu = await processCpuSeconds(pid);
    phases.push({
      name: phase.name,
      wallSeconds: (now - phase.started) / 1000,
      cpuSeconds: Math.max(0, (cpu ?? phase.cpu) - phase.cpu),
      peakRssMiB: phase.peak,
    });
    return cpu ?? phase.cpu;
  };

  const onLine = async (line: string) => {
    log.write(`${line}\n`);
    for (const [counter, pattern] of Object.entries(options.counters ?? {})) {
      const match = pattern.exec(line);
      if (match) counts[counter] = (counts[counter] ?? 0) + (match[1] === undefined ? 1 : Number(match[1]));
    }
    const next = remaining[0];
    if (next?.startsAt.test(line)) {
      remaining.shift();
      const now = performance.now();
      const cpu = await closePhase(now);
      phase = { name: next.name, started: now, cpu, peak: 0 };
    }
  };
  const lines = (stream: NodeJS.ReadableStream) => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split(/\r?\n/);
      buffered = parts.pop()!;
      for (const part of parts) void onLine(withoutColourCodes(part));
    });
  };
  lines(child.stdout!);
  lines(child.stderr!);

  // A process's CPU can no longer be read from /proc once it has exited, so the
  // last phase gets the step's total minus the phases already closed.
  let killedBy: NodeJS.Signals | null = null;
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit, signal) => {
      killedBy = signal;
      resolve(exit ?? 1);
    });
  });
  clearInterval(poll);
  const ended = performance.now();
  const cpuSeconds = (await childrenCpuSeconds()) - cpuBefore;
  const closedCpu = phases.reduce((sum, done) => sum + done.cpuSeconds, 0);
  phases.push({ name: phase.name, wallSeconds: (ended - phase.started) / 1000, cpuSeconds: Math.max(0, cpuSeconds - closedCpu), peakRssMiB: phase.peak });
  log.end();
  if (killedBy) throw new Error(`${options.name} was killed by ${killedBy} (the kernel's out-of-memory killer sends SIGKILL); see ${options.logFile}`);
  if (!(options.okExitCodes ?? [0]).includes(code)) throw new Error(`${options.name} failed (exit ${code}); see ${options.logFile}`);
  return { name: options.name, wallSeconds: (ended - started) / 1000, cpuSeconds, peakRssMiB: peak, phases: options.phases ? phases : [], counts };
}

/** User + system seconds of this process's reaped children (fields 16 and 17 of /proc/self/stat). */
async function childrenCpuSeconds(): Promise<number> {
  const fields = statFields(await readFile('/proc/self/stat', 'utf8'));
  return (Number(fields[15]) + Number(fields[16])) / TICKS_PER_SECOND;
}

/** User + system seconds of a running process (fields 14 and 15), or undefined once it is gone. */
async function processCpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const fields = statFields(await readFile(`/proc/${pid}/stat`, 'utf8'));
    return (Number(fields[13]) + Number(fields[14]) + Number(fields[15]) + Number(fields[16])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function statFields(stat: string): string[] {
  // The command name (field 2) may contain spaces; it is wrapped in parentheses.
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ['pid', 'comm', ...afterName];
}

/** Summed resident memory of a process and all its descendants. */
async function treeRssMiB(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(await readFile(`/proc/${entry}/stat`, 'utf8'));
      parents.set(Number(entry), Number(fields[3]));
      rss.set(Number(entry), (Number(fields[23]) * 4096) / 1024 / 1024);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let at: number | undefined = pid; at && at > 1; at = parents.get(at)) {
      if (at === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
