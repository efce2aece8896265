// Small builders for valid deals and temp workspaces, shared by the services, host and CLI tests.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deal, Relation, Stakeholder } from '../../../../shared/model/deal-schema';

export function buildStakeholder(overrides: Partial<Stakeholder> & Pick<Stakeholder, 'id'>): Stakeholder {
  return {
    name: `Person ${overrides.id}`,
    role: 'influencer',
    stance: 'neutral',
    influence: 3,
    interest: 'general-info',
    lastContact: '2026-11-10',
    ...overrides,
  };
}

export function influenceRelation(from: string, to: string, strength: 1 | 2 | 3): Relation {
  return { id: `i-${from}-${to}`, from, to, kind: 'influences', strength };
}

/** A valid open deal with one decision-maker; override anything. */
export function buildDeal(overrides: Partial<Deal> = {}): Deal {
  return {
    schemaVersion: 1,
    id: 'northwind-erp',
    name: 'ERP replacement',
    account: 'Northwind AB',
    owner: 'Sara Lind',
    amount: 480000,
    currency: 'SEK',
    closeDate: '2027-02-28',
    status: 'open',
    need: { confirmed: true, summary: 'Month-end close takes nine days' },
    valueCase: {
      benefits: [{ kind: 'efficiency', text: 'Close the books in three days' }],
      savings: { frontEnd: 60000, backEnd: 150000 },
    },
    stakeholders: [
      buildStakeholder({ id: 'eva', name: 'Eva Berg', title: 'CFO', role: 'decision-maker', influence: 5 }),
    ],
    relations: [],
    referrals: [],
    revision: 1,
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export async function makeTempWorkspace(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dealmap-workspace-'));
}

/** Writes `deals/<name>` with the given text (or the deal as JSON), as a user or a sync tool would. */
export async function putDealFile(workspace: string, name: string, content: string | Deal): Promise<string> {
  await mkdir(join(workspace, 'deals'), { recursive: true });
  const path = join(workspace, 'deals', name);
  await writeFile(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}
