// A message the engine returned (a catalog key and its values), rendered in the page's language.
import type { MessageRef } from '../../shared/i18n';
import { renderMessage } from '../../shared/i18n';
import { useDealmapIntl } from './language-context';

export function MessageText({ message }: { readonly message: MessageRef }) {
  const intl = useDealmapIntl();
  return <>{renderMessage(intl, message)}</>;
}
