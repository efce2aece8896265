// The colours of the pipeline charts, once: the app's React charts and the exported SVGs both paint with these.
import type { GapSeverity, QualificationStage } from '../engine/types';

export const CHART_COLOURS = {
  text: '#1d2433',
  muted: '#636b7a',
  background: '#ffffff',
  border: '#dde2ea',
  grid: '#e9ecf2',
  empty: '#f3f5f8',
  blocker: '#c92a2a',
  warning: '#e8890c',
  info: '#4dabf7',
  notBlocked: '#74c0fc',
  funnel: { lead: '#868e96', prospect: '#1971c2', qualified: '#2b8a3e', customer: '#6741d9', lost: '#adb5bd' },
} as const satisfies { readonly funnel: Readonly<Record<QualificationStage, string>> } & Record<string, unknown>;

export const SEVERITY_COLOURS: Readonly<Record<GapSeverity, string>> = {
  blocker: CHART_COLOURS.blocker,
  warning: CHART_COLOURS.warning,
  info: CHART_COLOURS.info,
};
