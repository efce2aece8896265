// Types of electron-runtime.mjs for the TypeScript tests that use it.
export function electronPackageDir(): string | null;
export function electronBinary(): string | null;
