import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError, XrmError } from '../../../shared/errors.ts';
import { NotAvailableError, reportError } from '../../../electron/cli/cli-errors.ts';

describe('reportError', () => {
  it('maps rejected input to exit 1 and usage problems to exit 2', () => {
    expect(reportError(new NotFoundError('The stakeholder "p-17"'), false)).toEqual({
      exitCode: 1,
      message: 'xrm: The stakeholder "p-17" does not exist',
    });
    const issue = {
      record: 'node "p-17"',
      field: 'email',
      message: 'is not a valid e-mail address',
      index: 0,
      collection: 'nodes' as const,
    };
    expect(reportError(new ValidationError([issue]), false)).toMatchObject({ exitCode: 1 });
    expect(reportError(new NotAvailableError('paths'), false)).toEqual({
      exitCode: 2,
      message: 'xrm: `xrm paths` is not available yet in this version.',
    });
    expect(
      reportError(new XrmError('unsupported', 'Neo4j 4.x is not supported'), false).exitCode,
    ).toBe(2);
  });

  it('reports an unexpected error in one line with the XRM_DEBUG hint, the stack only when asked', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const plain = reportError(bug, false);
    expect(plain.exitCode).toBe(1);
    expect(plain.message).toBe(
      "xrm: unexpected error: Cannot read properties of undefined (reading 'id') (run with XRM_DEBUG=1 for details)",
    );
    expect(reportError(bug, true).message).toContain('at ');
  });
});
