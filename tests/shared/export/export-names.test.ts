// Export names: safe folder and file names accepted, anything that could leave the exports folder refused with a reason.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage, type MessageRef } from '../../../shared/i18n';
import {
  exportFileNameProblem,
  exportFileNameProblemRef,
  exportFolderNameProblem,
  exportFolderNameProblemRef,
  exportSlug,
  mapExportFolderName,
  reviewPackFolderName,
} from '../../../shared/export/export-names';

describe('export names', () => {
  it.each(['map-northwind-erp-2027-01-15', 'Review pack (Q1)', 'Åsa_2027.v2', '9-lives'])('accepts the folder name %s', (name) => {
    expect(exportFolderNameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'is empty'],
    ['.', 'must start with a letter or digit'],
    ['..', 'may not contain ".."'],
    ['a..b', 'may not contain ".."'],
    ['a/b', 'may not contain / \\ or :'],
    ['a\\b', 'may not contain / \\ or :'],
    ['C:', 'may not contain / \\ or :'],
    ['.hidden', 'must start with a letter or digit'],
    ['pack?', 'use only letters, digits'],
    ['trailing.', 'may not end with a dot or a space'],
    ['CON', 'Windows reserves'],
    ['x'.repeat(101), 'longer than 100'],
  ])('refuses the folder name "%s": %s', (name, reason) => {
    expect(exportFolderNameProblem(name)).toContain(reason);
  });

  it.each(['map.svg', 'map.PNG', 'review-pack.md', 'maps/acme-erp.svg', 'pack.pdf', 'pack.html'])('accepts the file name %s', (name) => {
    expect(exportFileNameProblem(name)).toBeNull();
  });

  it.each([
    ['deal.json', 'must end in .md, .svg, .png, .pdf, .html'],
    ['../x.svg', 'may not contain ".."'],
    ['a/b/c.svg', 'at most one folder'],
    ['/x.svg', 'is empty'],
    ['maps\\x.svg', 'may not contain / \\ or :'],
    ['svg', 'must end in'],
  ])('refuses the file name "%s": %s', (name, reason) => {
    expect(exportFileNameProblem(name)).toContain(reason);
  });

  it('makes safe names from any text', () => {
    expect(exportSlug('Nordic ERP <v2> & Co')).toBe('nordic-erp-v2-co');
    expect(exportSlug('Åsa Lindén')).toBe('asa-linden');
    expect(exportSlug('../..')).toBe('export');
    expect(mapExportFolderName('northwind-erp', '2027-01-15')).toBe('map-northwind-erp-2027-01-15');
    expect(reviewPackFolderName('2027-01-15')).toBe('review-pack-2027-01-15');
    expect(exportFolderNameProblem(mapExportFolderName('x'.repeat(64), '2027-01-15'))).toBeNull();
  });

  it('says why a name is refused in Swedish too', () => {
    const swedish = (ref: MessageRef | null) => (ref === null ? null : renderMessage(dealmapIntl('sv'), ref));
    expect(swedish(exportFolderNameProblemRef('../up'))).toBe('mappnamnet ”../up” får inte innehålla ”..”');
    expect(swedish(exportFileNameProblemRef('maps/a/b.svg'))).toBe('filnamnet ”maps/a/b.svg” får ha högst en mapp');
    expect(swedish(exportFileNameProblemRef('notes.txt'))).toBe('filnamnet ”notes.txt” ska sluta på .md, .svg, .png, .pdf, .html, .csv');
    expect(swedish(exportFileNameProblemRef('maps/CON.svg'))).toBe('filnamnet ”maps/CON.svg”: ”CON.svg” är ett namn som Windows reserverar');
    expect(exportFolderNameProblem('../up')).toBe('folder name "../up" may not contain ".."');
  });
});
