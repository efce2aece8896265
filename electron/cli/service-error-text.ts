// What the CLI prints after `dealmap: ` for an error a service raised: its message in the chosen language where it has one.
import { renderMessage, type DealmapIntl } from '../../shared/i18n';
import { DealmapApiError } from '../services/dealmap-api-error';

export function serviceErrorText(intl: DealmapIntl, error: unknown): string {
  if (error instanceof DealmapApiError && error.messageRef !== undefined) return renderMessage(intl, error.messageRef);
  return error instanceof Error ? error.message : String(error);
}
