/**
 * One measurement in a fresh process (`node bench-child.ts TASK 'JSON args'`), so
 * memory figures and caches of one run never leak into the next. Each task's
 * module is loaded only when that task runs: a process that imports CSV must
 * not carry the PDF, Neo4j and analysis code in its peak memory.
 */
import { report } from './child-common.ts';

type Task = (args: never) => unknown;

const tasks: Record<string, () => Promise<Task>> = {
  import: async () => (await import('./child-import-task.ts')).importTask,
  upsert: async () => (await import('./child-store-tasks.ts')).upsertTask,
  load: async () => (await import('./child-store-tasks.ts')).loadTask,
  search: async () => (await import('./child-store-tasks.ts')).searchTask,
  paths: async () => (await import('./child-analysis-tasks.ts')).pathsTask,
  centrality: async () => (await import('./child-analysis-tasks.ts')).centralityTask,
  'neo4j-import': async () => (await import('./child-neo4j-tasks.ts')).neo4jImportTask,
  'neo4j-load-csv': async () => (await import('./child-neo4j-tasks.ts')).neo4jLoadCsvTask,
  'neo4j-paths': async () => (await import('./child-neo4j-tasks.ts')).neo4jPathsTask,
  'report-cli': async () => (await import('./child-report-tasks.ts')).reportCliTask,
  'report-phases': async () => (await import('./child-report-tasks.ts')).reportPhasesTask,
  'graph-file': async () => (await import('./child-report-tasks.ts')).graphFileTask,
};

const [name, json] = process.argv.slice(2);
const load = name === undefined ? undefined : tasks[name];
if (!load || json === undefined) {
  console.error(`usage: bench-child.ts ${Object.keys(tasks).join('|')} 'JSON args'`);
  process.exit(2);
}
const task = (await load()) as (args: unknown) => unknown;
report((await task(JSON.parse(json))) as Record<string, unknown>);
