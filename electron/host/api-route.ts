// `POST /api/<name>`: JSON body in, the same callApi as IPC, an ApiResult out.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_FUNCTION_NAMES, isApiFunctionName, type ApiErrorCode, type ApiFailure } from '../../shared/api/contract';
import type { DealmapServices } from '../../shared/api/contract';
import { dealmapIntl, renderMessage } from '../../shared/i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../../shared/i18n/message-ref';
import { IMPORT_UPLOAD_FUNCTIONS, MAX_IMPORT_REQUEST_BYTES } from '../../shared/api/import-contract';
import { callApi } from '../services/api-dispatch';
import { sendJson } from './host-headers';
import { sendCompressedJson } from './send-compressed-json';
import { MAX_BODY_BYTES, readRequestBody } from './read-request-body';
import { isJsonContentType } from './request-guards';

/** A failure as the app reads it: English text, and the message's key and values where the host has them. */
export function apiFailure(code: ApiErrorCode, message: string | MessageRef): ApiFailure {
  return typeof message === 'string' ? { code, message } : { code, message: renderMessage(dealmapIntl('en'), message), messageRef: message };
}

function sendFailure(response: ServerResponse, status: number, code: ApiErrorCode, message: string | MessageRef): void {
  sendJson(response, status, { ok: false, error: apiFailure(code, message) });
}

export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  services: DealmapServices,
  log: (message: string) => void,
): Promise<void> {
  if (!isApiFunctionName(name)) {
    sendFailure(response, 404, 'not-found', `Unknown API function "${name}"; known: ${API_FUNCTION_NAMES.join(', ')}.`);
    return;
  }
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    sendFailure(response, 405, 'invalid-payload', `${name}: use POST with a JSON body.`);
    return;
  }
  if (!isJsonContentType(request.headers['content-type'])) {
    sendFailure(response, 415, 'invalid-payload', `${name}: expected Content-Type: application/json.`);
    return;
  }
  // An import uploads CRM exports, which are larger than any other call's body (see import-contract.ts).
  const limit = IMPORT_UPLOAD_FUNCTIONS.includes(name) ? MAX_IMPORT_REQUEST_BYTES : MAX_BODY_BYTES;
  const body = await readRequestBody(request, limit);
  if (!body.ok) {
    sendFailure(response, 413, 'invalid-payload', messageRef('host.request.too-large', { name, limit }));
    return;
  }
  let input: unknown = {};
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      sendFailure(response, 400, 'invalid-payload', `${name}: the request body is not valid JSON: ${reason}`);
      return;
    }
  }
  const result = await callApi(services, name, input);
  if (!result.ok && result.error.code === 'internal') log(result.error.message);
  // A listing is never changed once answered, and the index answers the same one while no file changed.
  await sendCompressedJson(request, response, 200, result, name === 'listDeals' && result.ok && typeof result.value === 'object' && result.value !== null ? result.value : undefined);
}
