// Injected into the desktop main bundle and the CLI's bundles: `import.meta.url` there is the bundle's own file URL, as it would be for an ES module.
import { pathToFileURL } from 'node:url';

// The CommonJS bundle this is injected into has __filename.
export const bundleImportMetaUrl = pathToFileURL(__filename).href;
