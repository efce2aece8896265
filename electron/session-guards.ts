// Session-wide guards: the Content-Security-Policy on every response and no permission ever granted.
import type { Session } from 'electron';
import { withContentSecurityPolicy } from './security';

export function installSessionGuards(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  // Dealmap needs no camera, location, notifications or any other permission a page can ask for.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
