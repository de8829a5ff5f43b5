import { contract, isChannel, type Channel } from '../../../shared/ipc/contract.ts';
import type { Result } from '../../../shared/ipc/api.ts';
import { toErrorEnvelope, ValidationError, XrmError } from '../../../shared/errors.ts';
import type { ValidationIssue } from '../../../graph-schema/index.ts';
import type { z } from 'zod';
import type { BackendContext, Handlers } from './handler-types.ts';

export interface DispatchOptions {
  /** Check outputs against the contract too (development and tests). */
  readonly checkOutput: boolean;
  readonly log?: (message: string, error: unknown) => void;
}

/**
 * The single entry for every request from a renderer, whichever bridge it came
 * through: unknown channels are refused, input is parsed by the contract's zod
 * schema, and any failure becomes a typed envelope with a human message.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  context: BackendContext,
  options: DispatchOptions,
): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) {
      throw new XrmError(
        'invalid-input',
        `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.`,
      );
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw new ValidationError(inputIssues(channel, parsed.error));
    const handler = handlers[channel] as (input: unknown, ctx: BackendContext) => Promise<unknown>;
    const value = await handler(parsed.data, context);
    if (options.checkOutput) {
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        throw new Error(`Output of ${channel} breaks the contract: ${checked.error.message}`);
      }
    }
    return { ok: true, value };
  } catch (error) {
    const envelope = toErrorEnvelope(error);
    if (envelope.code === 'internal') options.log?.(`Request on ${String(channel)} failed`, error);
    return { ok: false, error: envelope };
  }
}

function inputIssues(channel: Channel, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    record: `request ${channel}`,
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)',
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}`
        : issue.message,
    index: 0,
    collection: 'request',
  }));
}
