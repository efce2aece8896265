// English: what the host (desktop or browser) answers when a call fails, naming file, field and reason.
export default {
  'host.deal.not-found': 'No deal "{id}": {file} does not exist.',
  'host.deal.deleted': 'Deal "{name}" ({file}) no longer exists on disk: it was deleted elsewhere. Your change was not {action, select, deleted {deleted} other {saved}}.',
  'host.deal.unreadable':
    '{problem}. The file cannot be read, so it was left untouched; fix it by hand. Your change was not {action, select, deleted {deleted} other {saved}}.',
  'host.deal.revision':
    'Deal "{name}" ({file}) changed on disk: it is at revision {onDisk}, your edit started from revision {startedFrom}. Reload the deal; your change was not {action, select, deleted {deleted} other {saved}}.',
  'host.deal.edited':
    'Deal "{name}" ({file}) changed on disk since it was opened: it was edited outside Dealmap and is still at revision {onDisk}. Reload the deal; your change was not {action, select, deleted {deleted} other {saved}}.',
  'host.deal.locked': '{file} is being saved by another Dealmap ({reason}). Try again in a moment; your change was not saved.',
  'host.settings.unreadable': '{file}: {path}: {reason}. Fix the file or delete it to use the defaults; Dealmap does not overwrite it.',
  'host.settings.unreadable-file': '{file}: {reason}. Fix the file or delete it to use the defaults; Dealmap does not overwrite it.',
  'host.settings.conflict':
    '{file} changed on disk since you opened the settings (another window, a teammate or a hand edit saved it). Reload the settings and save again; your change was not saved.',
  'host.review.unreadable': '{problem}. The review file cannot be read, so it was left untouched; fix it by hand.',
  'host.review.conflict':
    'Review {id} ({file}) changed on disk: it is at revision {onDisk}, your edit started from revision {startedFrom}. Reload the review; your coaching was not saved.',
  'host.review.conflict-same-moment':
    'Review {id} ({file}) changed on disk: someone else saved it at the same moment, your edit started from revision {startedFrom}. Reload the review; your coaching was not saved.',
  'host.review.no-deal': 'Review {id} has no deal "{deal}"; your coaching was not saved.',
  'host.review.not-found': 'No review "{id}": {file} does not exist.',
  'host.review.none-before': 'No review on or before {date}.',
  'host.review.none-readable-before': 'No review on or before {date} that can be read.',
  'host.review.ids-taken': 'Every review id of {date} is taken.',
  'host.deal.ids-taken': 'Every id for "{name}" up to -{max} is taken.',
  'host.export.names-taken': 'Every export folder name from "{folder}" to "{last}" is taken.',
  'host.import.nothing-to-undo': 'There is no import to undo in this workspace.',
  'host.export.pdf-in-desktop': 'PDF export runs in the Dealmap desktop app. In the browser, open the printable review pack and print it to PDF.',
  'host.request.too-large': '{name}: the request body is larger than {limit} bytes.',
  'host.request.cross-origin': 'Cross-origin API calls are refused.',
} as const;
