// The MEDDPICC lens: metrics, economic buyer, decision criteria and process, paper process, pain, champion, competition.
import { judgeCompetition } from './competition-criterion';
import type { LensDefinition } from './lens-types';
import { judgeDecisionCriteria, judgeIdentifiedPain, judgeMetrics } from './meddpicc-measures';
import { judgeChampion, judgeEconomicBuyer } from './meddpicc-people';
import { judgeDecisionProcess, judgePaperProcess } from './process-criteria';

export const MEDDPICC_LENS: LensDefinition = {
  label: 'MEDDPICC',
  criteria: [
    { code: 'metrics', label: 'Metrics', letter: 'M', judge: judgeMetrics, reads: ['metrics', 'account'] },
    { code: 'economic-buyer', label: 'Economic buyer', letter: 'E', judge: judgeEconomicBuyer, reads: [] },
    { code: 'decision-criteria', label: 'Decision criteria', letter: 'D', judge: judgeDecisionCriteria, reads: ['decisionCriteria', 'account'] },
    { code: 'decision-process', label: 'Decision process', letter: 'D', judge: judgeDecisionProcess, reads: ['decisionProcess', 'account'] },
    { code: 'paper-process', label: 'Paper process', letter: 'P', judge: judgePaperProcess, reads: ['paperProcess', 'account'] },
    { code: 'identified-pain', label: 'Identified pain', letter: 'I', judge: judgeIdentifiedPain, reads: 'any' },
    { code: 'champion', label: 'Champion', letter: 'C', judge: judgeChampion, reads: ['account'] },
    { code: 'competition', label: 'Competition', letter: 'C', judge: judgeCompetition, reads: ['competition', 'account'] },
  ],
};
