/**
 * One measurement in a fresh process (`node bench-child.ts TASK 'JSON args'`), so
 * memory figures and caches of one run never leak into the next.
 */
import { report } from './child-common.ts';
import { centralityTask, pathsTask } from './child-analysis-tasks.ts';
import { neo4jImportTask, neo4jLoadCsvTask, neo4jPathsTask } from './child-neo4j-tasks.ts';
import { importTask, loadTask, searchTask, upsertTask } from './child-store-tasks.ts';
import { graphFileTask, reportCliTask, reportPhasesTask } from './child-report-tasks.ts';

const tasks = {
  import: importTask,
  upsert: upsertTask,
  load: loadTask,
  search: searchTask,
  paths: pathsTask,
  centrality: centralityTask,
  'neo4j-import': neo4jImportTask,
  'neo4j-load-csv': neo4jLoadCsvTask,
  'neo4j-paths': neo4jPathsTask,
  'report-cli': reportCliTask,
  'report-phases': reportPhasesTask,
  'graph-file': graphFileTask,
} as const;

const [name, json] = process.argv.slice(2);
const task = tasks[name as keyof typeof tasks] as ((args: unknown) => unknown) | undefined;
if (!task || json === undefined) {
  console.error(`usage: bench-child.ts ${Object.keys(tasks).join('|')} 'JSON args'`);
  process.exit(2);
}
report((await task(JSON.parse(json))) as Record<string, unknown>);
