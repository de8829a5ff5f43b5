import type { Result } from '../../shared/ipc/api.ts';
import { StagedFileSchema, type StagedFile } from '../../shared/domain/import.schema.ts';
import { XrmError } from '../../shared/errors.ts';
import { TOKEN_STORAGE_KEY } from '../api/session-token.ts';
import { toXrmError } from '../api/to-xrm-error.ts';

/**
 * In the browser (web host) a file cannot be picked by path: its bytes are sent
 * to `POST /api/upload`, which stages them and answers with the staged file. The
 * same token as every other call; the contract's channels then take the id.
 */
export async function uploadFile(file: File, win: Window = window): Promise<StagedFile> {
  const token = win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  let response: Response;
  try {
    response = await fetch(
      `${win.location.origin}/api/upload?name=${encodeURIComponent(file.name)}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: file,
      },
    );
  } catch {
    throw new XrmError(
      'store-unavailable',
      'XRM Explorer cannot reach its backend. Is it still running?',
    );
  }
  const body = (await response.json().catch(() => undefined)) as Result<unknown> | undefined;
  if (!body || typeof body !== 'object' || !('ok' in body)) {
    throw new XrmError('internal', `The upload was answered with HTTP ${response.status}.`);
  }
  if (!body.ok) throw toXrmError(body.error);
  return StagedFileSchema.parse(body.value);
}
