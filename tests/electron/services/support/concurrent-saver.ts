// A second process for the two-writer test: opens a deal, edits its own field and saves, round after round.
import { existsSync } from 'node:fs';
import { createDealmapServices } from '../../../../electron/services/dealmap-services';
import { DealmapApiError } from '../../../../electron/services/dealmap-api-error';
import { dealFingerprint } from '../../../../shared/model/deal-fingerprint';

const [workspace, who, roundsText, startFile] = process.argv.slice(2) as [string, 'name' | 'account', string, string];
const services = createDealmapServices({ workspace });

async function waitForStart(): Promise<void> {
  while (!existsSync(startFile)) await new Promise((resolve) => setTimeout(resolve, 5));
}

interface Round {
  readonly round: number;
  readonly outcome: 'saved' | 'conflict';
  readonly from: number;
  readonly revision?: number;
}

async function main(): Promise<void> {
  await waitForStart();
  const rounds: Round[] = [];
  for (let round = 1; round <= Number(roundsText); round += 1) {
    const opened = await services.getDeal({ id: 'shared-deal' });
    const edited = { ...opened, [who]: `${who} ${round}` };
    try {
      const written = await services.saveDeal({ deal: edited, base: dealFingerprint(opened) });
      rounds.push({ round, outcome: 'saved', from: opened.revision, revision: written.revision });
    } catch (error) {
      if (!(error instanceof DealmapApiError) || error.code !== 'conflict') throw error;
      rounds.push({ round, outcome: 'conflict', from: opened.revision });
    }
  }
  process.stdout.write(JSON.stringify(rounds));
}

void main();
