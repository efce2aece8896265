// Types of check-packaged-fuses.mjs for the test that uses it.
export function fuseMismatches(binary: string, configFile?: string): Promise<string[]>;
