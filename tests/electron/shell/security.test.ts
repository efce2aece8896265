// The shell's pure security rules: which links may leave the app, which pages may call the API, the CSP.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  isSafeExternalUrl,
  isSamePageUrl,
  isTrustedIpcSender,
  isTrustedSenderUrl,
  withContentSecurityPolicy,
} from '../../../electron/security';
import { mainFrameEvent, subFrameEvent } from './fake-electron';

const appUrl = 'app://dealmap/index.html';
const devUrl = 'http://127.0.0.1:5173/';

describe('isSafeExternalUrl', () => {
  it('lets https links go to the system browser', () => {
    expect(isSafeExternalUrl('https://www.linkedin.com/in/someone')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://example.com/path?q=1#x')).toBe(true);
  });

  it.each([
    ['http', 'http://example.com/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'smb://server/share'],
    ['malformed', 'https//missing-colon'],
    ['empty', ''],
    ['relative', '/deals/acme'],
  ])('refuses a %s URL', (_kind, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts the built renderer page, whatever its hash or query', () => {
    expect(isTrustedSenderUrl(appUrl, appUrl)).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}#/deals/acme`, appUrl)).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}?deal=acme`, appUrl)).toBe(true);
  });

  it('refuses any other page, even one of the build, another app:// host or a local file', () => {
    expect(isTrustedSenderUrl('app://dealmap/other.html', appUrl)).toBe(false);
    expect(isTrustedSenderUrl('app://evil/index.html', appUrl)).toBe(false);
    expect(isTrustedSenderUrl(pathToFileURL(path.resolve('/opt/dealmap/dist/renderer/index.html')).href, appUrl)).toBe(false);
    expect(isTrustedSenderUrl(pathToFileURL(path.resolve('/home/me/Downloads/index.html')).href, appUrl)).toBe(false);
  });

  it('refuses web pages when the app is served over app://', () => {
    expect(isTrustedSenderUrl('https://evil.example/index.html', appUrl)).toBe(false);
    expect(isTrustedSenderUrl('https://dealmap/index.html', appUrl)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', appUrl)).toBe(false);
  });

  it('trusts the dev server origin and nothing else in development', () => {
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', devUrl)).toBe(true);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/deals?x=1', devUrl)).toBe(true);
    expect(isTrustedSenderUrl('http://127.0.0.1:5174/', devUrl)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', devUrl)).toBe(false);
    expect(isTrustedSenderUrl('https://127.0.0.1:5173/', devUrl)).toBe(false);
  });

  it('refuses malformed and empty URLs', () => {
    expect(isTrustedSenderUrl('', appUrl)).toBe(false);
    expect(isTrustedSenderUrl('not a url', devUrl)).toBe(false);
    expect(isTrustedSenderUrl(devUrl, 'not a url')).toBe(false);
    expect(isTrustedSenderUrl('about:blank', 'about:blank')).toBe(false);
  });
});

describe('isTrustedIpcSender', () => {
  it('trusts the main frame of the app page', () => {
    expect(isTrustedIpcSender(mainFrameEvent(appUrl), appUrl)).toBe(true);
  });

  it('refuses a call without a sender frame', () => {
    expect(isTrustedIpcSender({ senderFrame: null }, appUrl)).toBe(false);
  });

  it('refuses a sub-frame, even one showing the app page', () => {
    expect(isTrustedIpcSender(subFrameEvent(appUrl, appUrl), appUrl)).toBe(false);
  });

  it('refuses a main frame showing another page', () => {
    expect(isTrustedIpcSender(mainFrameEvent('https://evil.example/'), appUrl)).toBe(false);
  });
});

describe('isSamePageUrl', () => {
  it('treats a change of hash or query as staying on the page', () => {
    expect(isSamePageUrl(`${appUrl}#/deal/acme`, appUrl)).toBe(true);
    expect(isSamePageUrl('http://127.0.0.1:5173/?deal=acme', devUrl)).toBe(true);
  });

  it('treats another file, origin or scheme as leaving the page', () => {
    expect(isSamePageUrl(pathToFileURL(path.resolve('/tmp/index.html')).href, appUrl)).toBe(false);
    expect(isSamePageUrl('app://dealmap/assets/index.js', appUrl)).toBe(false);
    expect(isSamePageUrl('app://other/index.html', appUrl)).toBe(false);
    expect(isSamePageUrl('https://example.com/', appUrl)).toBe(false);
    expect(isSamePageUrl('http://127.0.0.1:5173/elsewhere', devUrl)).toBe(false);
    expect(isSamePageUrl('javascript:alert(1)', appUrl)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('is the strict policy: own scripts only, inline styles for React Flow, no objects or frames', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('replaces whatever policy a response carried and keeps its other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('sets the policy on a response without headers', () => {
    expect(withContentSecurityPolicy(undefined, CONTENT_SECURITY_POLICY)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('opens only what hot reload needs on the dev server', () => {
    const policy = devContentSecurityPolicy('http://127.0.0.1:5173');
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:5173");
    expect(policy).toContain("object-src 'none'");
  });
});
