// Injected into the desktop main bundle: `import.meta.url` there is main.cjs's own file URL, as it would be for an ES module.
import { pathToFileURL } from 'node:url';

// The CommonJS bundle this is injected into has __filename.
export const bundleImportMetaUrl = pathToFileURL(__filename).href;
