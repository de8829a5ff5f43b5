import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { DatabaseSync } from 'node:sqlite';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGB: number;
  readonly os: string;
  readonly node: string;
  readonly sqlite: string;
  readonly sqlite3Cli: string;
  readonly python: string;
}

export function describeMachine(): MachineInfo {
  const db = new DatabaseSync(':memory:');
  const sqlite = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
  db.close();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGB: Math.round(totalmem() / 1024 ** 3),
    os: osName(),
    node: process.version,
    sqlite,
    sqlite3Cli: firstLine('sqlite3', ['--version']),
    python: firstLine('python3', [
      '-c',
      'import sys, networkx; print(sys.version.split()[0], "networkx", networkx.__version__)',
    ]),
  };
}

export function loadAverage(): [number, number, number] {
  const [a, b, c] = loadavg();
  return [round2(a!), round2(b!), round2(c!)];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function osName(): string {
  const file = '/etc/os-release';
  const pretty = existsSync(file)
    ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1]
    : undefined;
  return `${pretty ?? process.platform} (${process.arch})`;
}

function firstLine(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.status === 0 ? (run.stdout.trim().split('\n')[0] ?? '') : 'not available';
}
