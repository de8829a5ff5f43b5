import { describe, expect, it } from 'vitest';
import { ValidationError, XrmError } from '../../../../shared/errors.ts';
import { humanMessage, toXrmError } from '../../../../renderer/api/to-xrm-error.ts';
import { toApi } from '../../../../renderer/api/create-api.ts';
import type { XrmBridge } from '../../../../shared/ipc/api.ts';

describe('toXrmError', () => {
  it('keeps code and message, and the issues of rejected input', () => {
    const issue = {
      record: 'request graph:get-node',
      field: 'id',
      message: 'must not be empty',
      index: 0,
      collection: 'request' as const,
    };
    const error = toXrmError({ code: 'invalid-input', message: 'One problem', issues: [issue] });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([issue]);
    expect(error.message).toBe('One problem');
  });

  it('maps unknown codes and empty messages to something a person can read', () => {
    const error = toXrmError({ code: 'weird' as never, message: '' });
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/failed/);
  });

  it('never turns a foreign object into text', () => {
    expect(humanMessage({ stack: 'at x' }, 'fallback')).toBe('fallback');
    expect(humanMessage(new XrmError('not-found', 'Node "x" does not exist'), 'fallback')).toBe(
      'Node "x" does not exist',
    );
  });
});

describe('toApi', () => {
  const bridge = (answer: () => Promise<unknown>) =>
    new Proxy(
      {},
      { get: (_t, key) => (key === 'on' ? () => () => undefined : answer) },
    ) as XrmBridge;

  it('resolves values and rejects error envelopes as XrmError', async () => {
    const ok = toApi(bridge(async () => ({ ok: true, value: { language: 'de' } })));
    await expect(ok['settings:get-language']({})).resolves.toEqual({ language: 'de' });
    const failing = toApi(
      bridge(async () => ({ ok: false, error: { code: 'not-found', message: 'gone' } })),
    );
    await expect(failing['graph:get-node']({ id: 'x' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'gone',
    });
  });

  it('turns a broken bridge into an XrmError instead of leaking the exception', async () => {
    const api = toApi(
      bridge(async () => {
        throw new TypeError('ipc exploded');
      }),
    );
    const error = await api['graph:get-counts']({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XrmError);
    expect((error as XrmError).message).not.toContain('exploded');
  });
});
