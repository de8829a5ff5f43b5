import type { IncomingMessage, ServerResponse } from 'node:http';
import { toErrorEnvelope } from '../../shared/errors.ts';
import type { StagingArea } from '../backend/staging/staging-area.ts';
import { UploadTooLargeError } from '../backend/staging/staging-area.ts';
import { sendError, sendJson } from './http-responses.ts';

/** An import file larger than this is refused: enough for a million-row CSV. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/**
 * `POST /api/upload?name=FILE.csv` (token already checked): the raw body is
 * streamed into the run's staging folder under a random id, never held whole in
 * memory, and answered with the staged file `{id, name, size}` in a Result
 * envelope. The client's name is only shown, never used as a path.
 */
export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  staging: StagingArea,
  limit: number = MAX_UPLOAD_BYTES,
): Promise<void> {
  if (request.method !== 'POST') {
    sendError(response, 405, 'unsupported', 'Files are uploaded with POST.', { Allow: 'POST' });
    return;
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    sendError(response, 413, 'invalid-input', new UploadTooLargeError(limit).message, {
      Connection: 'close',
    });
    return;
  }
  const name = new URL(request.url ?? '/', 'http://upload').searchParams.get('name') ?? '';
  try {
    const staged = await staging.receive(request, name, limit);
    sendJson(response, 200, { ok: true, value: staged });
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      sendError(response, 413, 'invalid-input', error.message, { Connection: 'close' });
      return;
    }
    sendJson(response, 200, { ok: false, error: toErrorEnvelope(error) });
  }
}
