// One entry for every transport: name check, payload validation, the service call, errors as results.
import {
  apiInputSchemas,
  isApiFunctionName,
  type ApiFailure,
  type ApiResult,
  type DealmapServices,
} from '../../shared/api/contract';
import { dealmapIntl, renderMessage } from '../../shared/i18n/dealmap-intl';
import { depthReason, valueTooDeep } from '../../shared/model/json-limits';
import { formatFieldPath } from '../../shared/model/validation';
import { DealmapApiError } from './dealmap-api-error';

function failure(error: ApiFailure): ApiResult<never> {
  return { ok: false, error };
}

/**
 * Validates `rawInput` against the function's schema and calls the service.
 * Never throws: every outcome is an ApiResult, so IPC and HTTP carry errors intact.
 */
export async function callApi(
  services: DealmapServices,
  name: string,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  if (!isApiFunctionName(name)) {
    return failure({ code: 'invalid-payload', message: `Unknown API function "${name}".` });
  }
  // Checked before the schema walks it: a payload nested thousands deep must not reach recursion.
  if (valueTooDeep(rawInput)) {
    return failure({ code: 'invalid-payload', message: `${name}: the payload ${renderMessage(dealmapIntl('en'), depthReason())}` });
  }
  const parsed = apiInputSchemas[name].safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : `${formatFieldPath(issue.path)}: `;
    return failure({
      code: 'invalid-payload',
      message: `${name}: ${where}${issue?.message ?? 'invalid input'}`,
    });
  }
  // The schema for `name` has just accepted the input, so it is the service's input type.
  const service = services[name] as (input: unknown) => Promise<unknown>;
  try {
    return { ok: true, value: await service(parsed.data) };
  } catch (error) {
    if (error instanceof DealmapApiError) {
      return failure({ code: error.code, message: error.message, ...(error.messageRef === undefined ? {} : { messageRef: error.messageRef }) });
    }
    const message = error instanceof Error ? error.message : String(error);
    return failure({ code: 'internal', message: `${name} failed: ${message}` });
  }
}
