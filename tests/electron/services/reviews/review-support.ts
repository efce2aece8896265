// Shared setup of the review service tests: services on a temp workspace with a fixed clock.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createDealmapServices } from '../../../../electron/services/dealmap-services';
import { DealmapApiError } from '../../../../electron/services/dealmap-api-error';

export const NOW = new Date('2026-11-27T09:00:00.000Z');

export function servicesFor(workspace: string) {
  return createDealmapServices({ workspace, now: () => NOW });
}

export function reviewPath(workspace: string, id: string): string {
  return join(workspace, 'reviews', `${id}.json`);
}

export function coachingPath(workspace: string, id: string): string {
  return join(workspace, 'reviews', `${id}.coaching.json`);
}

export async function putReviewFile(workspace: string, id: string, text: string): Promise<string> {
  await mkdir(join(workspace, 'reviews'), { recursive: true });
  const path = reviewPath(workspace, id);
  await writeFile(path, text);
  return path;
}

export function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

export async function rejection(promise: Promise<unknown>): Promise<DealmapApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DealmapApiError)) throw new Error(`expected a DealmapApiError, got ${String(error)}`);
  return error;
}
