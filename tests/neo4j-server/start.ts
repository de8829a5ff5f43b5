import { missingToolchain, randomPassword, startNeo4j } from './neo4j-launcher.ts';

/**
 * `npm run neo4j`: a development Neo4j on 127.0.0.1 until Ctrl+C.
 * Options: --port N (default: a free one), --data DIR (default: a temporary
 * folder, removed at the end); the password comes from NEO4J_PASSWORD or is made up.
 */
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

const missing = missingToolchain();
if (missing) {
  console.error(`Cannot start Neo4j: ${missing}. Install Java 17 and Maven.`);
  process.exit(1);
}

const started = Date.now();
const server = await startNeo4j({
  password: process.env.NEO4J_PASSWORD ?? randomPassword(),
  port: option('--port') ? Number(option('--port')) : undefined,
  dataDir: option('--data'),
  log: (line) => console.log(line),
});
console.log(`Neo4j 5.26 Community is ready (${((Date.now() - started) / 1000).toFixed(1)} s):`);
console.log(`  URI       ${server.uri}`);
console.log(`  user      ${server.user}`);
console.log(`  password  ${server.password}`);
console.log(`  data      ${server.dataDir}`);
console.log('Ctrl+C stops it.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('Stopping Neo4j…');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
