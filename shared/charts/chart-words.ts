// Every word the pipeline charts print, in one place for the i18n work to take over (English for now).

export const CHART_WORDS = {
  deal: { one: 'deal', other: 'deals' },
  openDeal: { one: 'open deal', other: 'open deals' },
  more: (count: number) => `${count} more`,
  stageFunnel: {
    title: 'Stage funnel',
    note: 'Deals at each computed stage, with their amounts per currency.',
  },
  closeMonth: {
    title: 'Open amount by close month',
    noCurrency: 'No currency',
    blocked: 'Blocked',
    notBlocked: 'Not blocked',
    legendBlocked: 'In deals with blockers',
    legendNotBlocked: 'In deals without blockers',
    empty: 'No open deal in view has a close date.',
    /** `undated` is already counted in words ("2 open deals"), or null when every deal has a date. */
    note: (currency: string | null, undated: string | null) =>
      `Open deals by expected close month, in ${currency ?? 'no currency'}${undated === null ? '' : `; ${undated} without a close date not shown`}.`,
    /** One bar segment: "Jan 2027, blocked: SEK 1.2m in 1 deal". */
    segment: (month: string, part: string, amount: string, deals: string) => `${month}, ${part.toLowerCase()}: ${amount} in ${deals}`,
    /** One month in the text alternative: "Mar 2027: blocked SEK 250k in 1 deal, not blocked SEK 0 in 0 deals". */
    month: (month: string, blocked: string, blockedDeals: string, notBlocked: string, notBlockedDeals: string) =>
      `${month}: blocked ${blocked} in ${blockedDeals}, not blocked ${notBlocked} in ${notBlockedDeals}`,
  },
} as const;
