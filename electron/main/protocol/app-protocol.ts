import { protocol, type Session } from 'electron';
import { APP_SCHEME } from '../security/url-policy.ts';
import { createAppResponder } from './app-responder.ts';

/**
 * Must run before `app` is ready. `standard` gives app://xrm/ real relative
 * URLs and an origin; `secure` makes it a secure context like https; fetch
 * support lets the renderer load its own JSON. `corsEnabled` because vite emits
 * `<script type="module" crossorigin>`: module scripts are fetched in CORS mode,
 * which Chromium refuses for schemes outside CORS. Our responses carry no
 * Access-Control-Allow-Origin, so other origins still cannot read them.
 * No `bypassCSP`, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serves the built renderer (dist/renderer) on app://xrm/ in `session`. */
export function serveRenderer(session: Session, rendererDir: string): void {
  const respond = createAppResponder(rendererDir);
  session.protocol.handle(APP_SCHEME, (request) => respond(request.url, request.method));
}
