/**
 * graphology's plug-ins are CommonJS with `export default` typings. Node's ESM
 * loader hands over `module.exports` as `default`, while TypeScript (NodeNext)
 * types it as the module once more, and bundlers differ again. So the function is
 * taken from whichever layer holds it, and its type is stated where it is used.
 */
export function cjsFunction<F>(module: unknown): F {
  let value = module;
  for (let depth = 0; depth < 3 && typeof value !== 'function'; depth++) {
    value = (value as { default?: unknown } | undefined)?.default;
  }
  if (typeof value !== 'function') throw new Error('A graphology plug-in failed to load.');
  return value as F;
}
