import type { Result } from '../../shared/ipc/api.ts';

/** The value of a handler result that must have succeeded; the error envelope otherwise. */
export function okValue<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
