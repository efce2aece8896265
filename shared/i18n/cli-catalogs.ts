// The command line's messages per language: in CATALOGS for Node, never in the app page.
import enCli from './catalogs/en/cli';
import svCli from './catalogs/sv/cli';
import enCliUsage from './catalogs/en/cli-usage';
import svCliUsage from './catalogs/sv/cli-usage';
import enCliCommands from './catalogs/en/cli-commands';
import svCliCommands from './catalogs/sv/cli-commands';

/** The namespaces only the command line shows. */
export const CLI_NAMESPACES = ['cli', 'cli-usage', 'cli-commands'] as const;

export const EN_CLI_MESSAGES: Readonly<Record<string, string>> = { ...enCli, ...enCliUsage, ...enCliCommands };
export const SV_CLI_MESSAGES: Readonly<Record<string, string>> = { ...svCli, ...svCliUsage, ...svCliCommands };
