import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Builds and starts the development Neo4j of tests/neo4j-server (a Maven project
 * around the embedded Neo4j 5.26 Community with its Bolt connector).
 */
export const SERVER_DIR = dirname(fileURLToPath(import.meta.url));
const JAR = join(SERVER_DIR, 'target', 'xrm-neo4j-server.jar');
const READY = /^NEO4J_READY (bolt:\/\/127\.0\.0\.1:\d+)$/;
// Generous: on a shared, busy machine the JVM alone can take minutes to start.
const START_TIMEOUT_MS = 300_000;

/** The flags Neo4j's own launcher passes on Java 17 (page cache and Netty use these). */
const JVM_FLAGS = [
  '-Xms256m',
  '-XX:+UseG1GC',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface RunningNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly dataDir: string;
  /** Closes stdin (the server's stop signal) and waits for the process to end. */
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly password?: string;
  readonly port?: number;
  /** Kept after stop when given; a fresh temporary folder (removed on stop) otherwise. */
  readonly dataDir?: string;
  readonly log?: (line: string) => void;
  /** Java heap, e.g. `4g` (default: XRM_NEO4J_HEAP or 1g); the benchmark's big networks need more. */
  readonly heap?: string;
  /** Page cache in MiB (default: XRM_NEO4J_PAGECACHE_MB or 256). */
  readonly pageCacheMb?: number;
  /**
   * The JIT as a production server runs it. Tests leave it off: compiling only
   * with C1 starts the short-lived test servers faster, but runs Cypher slower,
   * so benchmarks turn it on.
   */
  readonly fullJit?: boolean;
}

/** Why this machine cannot run the server, or undefined when it can. */
export function missingToolchain(): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return 'java was not found on PATH';
  const version = /version "(\d+)/.exec(java.stderr)?.[1];
  if (!version || Number(version) < 17)
    return `Java 17 or newer is needed (found ${version ?? '?'})`;
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) return 'mvn (Maven) was not found on PATH';
  return undefined;
}

/** Runs `mvn package` when the jar is missing or older than the sources; offline first. */
export function ensureBuilt(log: (line: string) => void = () => {}): void {
  if (existsSync(JAR) && newestSource() <= statSync(JAR).mtimeMs) return;
  log('Building the Neo4j test server (the first build downloads Neo4j from Maven Central)…');
  const mvn = (offline: boolean) =>
    spawnSync('mvn', ['-B', '-q', ...(offline ? ['-o'] : []), 'package'], {
      cwd: SERVER_DIR,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let result = mvn(true);
  if (result.status !== 0) result = mvn(false);
  if (result.status !== 0) {
    throw new Error(`Building tests/neo4j-server failed:\n${result.stdout}${result.stderr}`);
  }
}

function newestSource(): number {
  const files = [join(SERVER_DIR, 'pom.xml'), ...walk(join(SERVER_DIR, 'src'))];
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function randomPassword(): string {
  return `xrm-${randomBytes(12).toString('hex')}`;
}

/** Starts the server and resolves once it prints its Bolt URI. */
export async function startNeo4j(options: StartOptions = {}): Promise<RunningNeo4j> {
  const log = options.log ?? (() => {});
  ensureBuilt(log);
  const password = options.password ?? randomPassword();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'xrm-neo4j-'));
  const heap = `-Xmx${options.heap ?? process.env.XRM_NEO4J_HEAP ?? '1g'}`;
  const pageCache = String(options.pageCacheMb ?? process.env.XRM_NEO4J_PAGECACHE_MB ?? 256);
  const jit = options.fullJit ? [] : ['-XX:TieredStopAtLevel=1'];
  const args = [heap, ...JVM_FLAGS, ...jit, '-jar', JAR, dataDir, String(options.port ?? 0)];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_PASSWORD: password, XRM_NEO4J_PAGECACHE_MB: pageCache },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = async () => {
    child.stdin?.end();
    await exited;
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const uri = await readyUri(child, () => stderr);
    return { uri, user: 'neo4j', password, dataDir, stop: cleanup };
  } catch (error) {
    child.kill('SIGTERM');
    await cleanup();
    throw error;
  }
}

function readyUri(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`Neo4j did not start within ${START_TIMEOUT_MS / 1000} s.\n${stderr()}`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = READY.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      lines.close();
      child.stdout?.resume();
      resolve(match[1]!);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready.\n${stderr()}`));
    });
  });
}
