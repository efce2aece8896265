// callApi: the one dispatch both transports use: validation messages and errors as results.
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { DealmapApiError } from '../../../electron/services/dealmap-api-error';
import type { DealmapServices } from '../../../shared/api/contract';
import { buildDeal, buildHealthyDeal, stakeholder } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();

function servicesThatThrow(error: unknown): DealmapServices {
  const fail = () => Promise.reject(error);
  return {
    listDeals: fail,
    listingProgress: fail,
    listChangedDeals: fail,
    getDeal: fail,
    createDeal: fail,
    saveDeal: fail,
    deleteDeal: fail,
    getSettings: fail,
    saveSettings: fail,
    listReviews: fail,
    startReview: fail,
    getReview: fail,
    reviewChanges: fail,
    saveCoaching: fail,
    exportFiles: fail,
    exportReviewPdf: fail,
    previewImport: fail,
    applyImport: fail,
    undoImport: fail,
    lastImport: fail,
    csvColumns: fail,
    listImportMappings: fail,
    saveImportMapping: fail,
    exportCsv: fail,
    teamStatus: fail,
    syncTeam: fail,
    dealHistory: fail,
    dealAsOf: fail,
    shareWorkspace: fail,
  };
}

describe('callApi', () => {
  it('calls the service with the validated input', async () => {
    await putDealFile(workspace(), 'northwind-erp.json', buildHealthyDeal());
    const result = await callApi(createDealmapServices({ workspace: workspace() }), 'getDeal', { id: 'northwind-erp' });
    expect(result).toMatchObject({ ok: true, value: { id: 'northwind-erp', revision: 1 } });
  });

  it('names the function, the field path and the reason of an invalid payload', async () => {
    const deal = buildDeal({ stakeholders: [stakeholder({ id: 'eva', influence: 7 })] });
    const result = await callApi(createDealmapServices({ workspace: workspace() }), 'saveDeal', { deal });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'saveDeal: deal.stakeholders[0].influence: expected an integer from 1 to 5',
      },
    });
  });

  it('refuses extra keys and unknown functions', async () => {
    const services = createDealmapServices({ workspace: workspace() });
    expect(await callApi(services, 'listDeals', { all: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await callApi(services, 'toString', {})).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'Unknown API function "toString".' },
    });
  });

  it('maps a DealmapApiError to its code and anything else to internal', async () => {
    const conflict = new DealmapApiError('conflict', 'changed on disk');
    expect(await callApi(servicesThatThrow(conflict), 'listDeals', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'changed on disk' },
    });
    expect(await callApi(servicesThatThrow(new Error('disk full')), 'listDeals', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'listDeals failed: disk full' },
    });
  });
});
