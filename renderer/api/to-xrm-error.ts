import { ERROR_CODES, ValidationError, XrmError, type ErrorEnvelope } from '../../shared/errors.ts';

/** Turn an envelope from either bridge back into the error class the UI understands. */
export function toXrmError(envelope: ErrorEnvelope): XrmError {
  const code = (ERROR_CODES as readonly string[]).includes(envelope.code)
    ? envelope.code
    : 'internal';
  const message =
    typeof envelope.message === 'string' && envelope.message.trim() !== ''
      ? envelope.message
      : 'The request failed without an explanation.';
  if (code === 'invalid-input' && envelope.issues && envelope.issues.length > 0) {
    return new ValidationError(envelope.issues, message);
  }
  return new XrmError(code, message);
}

/** Whatever was thrown, a sentence a person can read — never `[object Object]`. */
export function humanMessage(error: unknown, fallback: string): string {
  return error instanceof XrmError ? error.message : fallback;
}
