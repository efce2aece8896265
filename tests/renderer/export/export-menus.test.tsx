// The export menus in the app: map as SVG or PNG, review pack as Markdown or PDF, and the notice saying where the files went.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exportMap } from '../../../renderer/export/map-export';
import { MapPictureError } from '../../../renderer/export/rasterize-svg';
import { exportReviewPack } from '../../../renderer/export/review-pack-export';
import { pipelineRows } from '../../../shared/pipeline';
import { qualifyDeal } from '../../../shared/engine';
import { buildDealWithSaboteur, buildHealthyDeal, stakeholder } from '../../support/deal-builder';
import { renderApp } from '../support/render-app';
import { pipelineShown } from '../pipeline/render-pipeline';

afterEach(cleanup);

const saboteurDeal = buildDealWithSaboteur({
  stakeholders: [
    ...buildDealWithSaboteur().stakeholders,
    stakeholder({ id: 'tricky', name: 'Zoë <b>"Tricky"</b> & Co' }),
  ],
});
const deals = [saboteurDeal, buildHealthyDeal()];

async function choose(menu: string, item: string): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: menu }));
  await userEvent.click(within(screen.getByRole('menu', { name: menu })).getByRole('menuitem', { name: item }));
}

function parseSvg(text: string): Document {
  return new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*\?>\n/, ''), 'image/svg+xml');
}

describe('Export map', () => {
  it('writes the open deal’s map as a well-formed SVG with every stakeholder, and says where', async () => {
    const { api } = await renderApp(deals);
    await choose('Export map', 'SVG image');
    await waitFor(() => expect(api.exportStore.exports).toHaveLength(1));
    const [exported] = api.exportStore.exports;
    expect(exported?.folder).toBe('/workspace/exports/map-acme-erp-2026-11-27');
    const file = exported?.files[0];
    expect(file).toMatchObject({ name: 'acme-erp.svg', encoding: 'utf8' });
    const svg = parseSvg(file?.content ?? '');
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.documentElement.tagName.toLowerCase()).toBe('svg');
    const names = [...svg.querySelectorAll('[data-stakeholder-id] > title')].map((title) => title.textContent ?? '');
    expect(names.map((name) => name.split(',')[0])).toEqual(['Eva Berg', 'Anders Nyström', 'Zoë <b>"Tricky"</b> & Co']);
    const notice = (await screen.findByText(/Exported acme-erp\.svg to/)).closest('[role="status"]');
    expect(notice?.textContent).toContain('/workspace/exports/map-acme-erp-2026-11-27');
  });

  it('calls out the gap selected on the map, and a second export goes to a new folder', async () => {
    const { api, store } = await renderApp(deals);
    const gap = qualifyDeal(saboteurDeal, { asOf: '2026-11-27' }).gaps.find((candidate) => candidate.code === 'saboteur-unchecked');
    act(() => store.toggleGap(gap?.id ?? ''));
    await choose('Export map', 'SVG image');
    await choose('Export map', 'SVG image');
    await waitFor(() => expect(api.exportStore.exports).toHaveLength(2));
    expect(api.exportStore.exports[0]?.files[0]?.content).toContain('Highlighted gap: Anders Nyström');
    expect(api.exportStore.exports[1]?.folder).toBe('/workspace/exports/map-acme-erp-2026-11-27-2');
    await screen.findByText('/workspace/exports/map-acme-erp-2026-11-27-2');
  });

  it('sends a PNG as base64 under the deal’s name', async () => {
    const { api, store } = await renderApp(deals);
    const drawn: string[] = [];
    const result = await exportMap(store, 'png', async (svg) => {
      drawn.push(svg);
      return btoa('\x89PNG\r\n\x1a\n');
    });
    expect(drawn[0]).toContain('Anders Nyström');
    expect(result.files).toEqual(['acme-erp.png']);
    expect(api.exportStore.exports[0]?.files[0]).toEqual({ name: 'acme-erp.png', content: btoa('\x89PNG\r\n\x1a\n'), encoding: 'base64' });
  });

  it('says why the PNG could not be made in the chosen language', async () => {
    const { store } = await renderApp(deals);
    const failing = async (): Promise<string> => {
      throw new MapPictureError('no-png');
    };
    await expect(exportMap(store, 'png', failing, 'sv')).rejects.toThrow('Den här webbläsaren kan inte skapa PNG-bilder.');
    await expect(exportMap(store, 'png', failing, 'en')).rejects.toThrow('This browser cannot make PNG images.');
  });

  it('shows why an export failed', async () => {
    const { api } = await renderApp(deals);
    api.exportFiles = async () => ({ ok: false, error: { code: 'internal', message: 'the disk is full' } });
    await choose('Export map', 'SVG image');
    expect((await screen.findByRole('alert')).textContent).toContain('Export failed: the disk is full');
  });
});

describe('Export review pack', () => {
  async function renderPipelineView() {
    const rendered = await renderApp(deals);
    act(() => rendered.store.showView('pipeline'));
    await pipelineShown();
    return rendered;
  }

  it('writes the Markdown pack with the pipeline charts and a map per deal in view, current state only without a review', async () => {
    const { api } = await renderPipelineView();
    await choose('Export review pack', 'Markdown');
    await waitFor(() => expect(api.exportStore.exports).toHaveLength(1));
    const [exported] = api.exportStore.exports;
    expect(exported?.folder).toBe('/workspace/exports/review-pack-2026-11-27');
    expect(exported?.files.map((file) => file.name)).toEqual([
      'review-pack.md',
      'charts/heatmap.svg',
      'charts/stage-funnel.svg',
      'charts/close-month.svg',
      'maps/acme-erp.svg',
      'maps/northwind-erp.svg',
    ]);
    const markdown = exported?.files[0]?.content ?? '';
    expect(markdown).toContain('No earlier review: the current state only.');
    expect(markdown).toContain('### ERP replacement — Acme AB');
    expect(markdown).toContain('![Map of ERP replacement');
    expect(markdown).toContain('](charts/heatmap.svg)');
    expect(await screen.findByText(/Exported 6 files to/)).toBeTruthy();
  });

  it('includes what changed since the latest review and its coaching', async () => {
    const { api, store } = await renderPipelineView();
    await act(() => store.reviews.startReview());
    api.touchOnDisk('acme-erp', { closeDate: '2027-06-30' });
    await act(() => store.load());
    await choose('Export review pack', 'Markdown');
    await waitFor(() => expect(api.exportStore.exports).toHaveLength(1));
    const markdown = api.exportStore.exports[0]?.files[0]?.content ?? '';
    expect(markdown).toMatch(/Changes since the review of \d{4}-\d{2}-\d{2}/);
    expect(markdown).toContain('- Close date slipped from 2027-02-28 to 2027-06-30.');
    expect(markdown).toContain('- **Slipped:** ERP replacement');
  });

  it('prints the PDF through the desktop app when it can', async () => {
    const { api } = await renderPipelineView();
    await choose('Export review pack', 'PDF');
    await waitFor(() => expect(api.exportStore.pdfs).toHaveLength(1));
    expect(api.exportStore.pdfs[0]?.html).toContain('<h1>Pipeline review pack — 2026-11-27</h1>');
    expect(await screen.findByText(/Exported review-pack\.pdf to/)).toBeTruthy();
  });

  it('in the browser host, keeps the printable page in the export folder and hands it to the browser to print', async () => {
    const { api, store } = await renderApp(deals);
    api.exportStore.pdfUnavailable = true;
    const rows = pipelineRows(deals, (deal) => qualifyDeal(deal, { asOf: '2026-11-27' }));
    const printed: string[] = [];
    const result = await exportReviewPack(store, 'pdf', rows, '', (html) => {
      printed.push(html);
      return false;
    });
    expect(result.files).toEqual(['review-pack.html']);
    expect(api.exportStore.exports[0]?.files[0]?.content).toBe(printed[0]);
    expect(printed[0]).toContain('@media print');
    expect(result.hint).toEqual({ id: 'exporting.hint.print-blocked', values: { file: 'review-pack.html' } });
  });
});

describe('the export menu', () => {
  it('opens on its button, moves with the arrow keys, and closes on Escape with focus back on the button', async () => {
    await renderApp(deals);
    const button = screen.getByRole('button', { name: 'Export map' });
    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = within(screen.getByRole('menu', { name: 'Export map' })).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['PNG image', 'SVG image']);
    expect(document.activeElement).toBe(items[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[0]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
