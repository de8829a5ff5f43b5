import type { ValidationIssue } from '../graph-schema/index.ts';

/**
 * Error codes that cross process boundaries (IPC, HTTP, CLI exit codes).
 * Messages are for people: they name the record, field or value, never a stack.
 */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'store-unavailable',
  'unauthorized',
  'unsupported',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class XrmError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XrmError';
    this.code = code;
  }
}

/** Rejected input: nothing was written. Carries every issue, not just the first. */
export class ValidationError extends XrmError {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], summary?: string) {
    super('invalid-input', summary ?? describeIssues(issues));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export class NotFoundError extends XrmError {
  constructor(what: string) {
    super('not-found', `${what} does not exist`);
    this.name = 'NotFoundError';
  }
}

export function describeIssues(issues: readonly ValidationIssue[], max = 5): string {
  const lines = issues.slice(0, max).map((i) => `${i.record}, field "${i.field}": ${i.message}`);
  const more = issues.length > max ? `\n… and ${issues.length - max} more` : '';
  return `${issues.length === 1 ? 'One problem' : `${issues.length} problems`}; nothing was written:\n${lines.join('\n')}${more}`;
}

/** The only shape an error takes across a process boundary. */
export interface ErrorEnvelope {
  readonly code: ErrorCode;
  readonly message: string;
  readonly issues?: readonly ValidationIssue[];
}

export function toErrorEnvelope(error: unknown): ErrorEnvelope {
  if (error instanceof ValidationError) {
    return { code: error.code, message: error.message, issues: error.issues };
  }
  if (error instanceof XrmError) return { code: error.code, message: error.message };
  // Anything else is a bug or an environment failure: say so without leaking internals.
  return {
    code: 'internal',
    message: 'Something went wrong inside XRM Explorer. The details are in the log.',
  };
}
