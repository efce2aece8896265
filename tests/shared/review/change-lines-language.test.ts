// A gap opened or closed since the review reads in the reader's language when the snapshot kept its message
// reference; an older review file (English words only) or a reference that no longer says them reads as recorded.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { dealChanges } from '../../../shared/review/deal-changes';
import { dealSnapshotSchema, type DealSnapshot } from '../../../shared/review/deal-snapshot';
import { buildDeal } from '../../support/deal-builder';
import { healthySnapshot, snapshotOf } from './snapshot-builder';

const sv = dealmapIntl('sv');

function swedishLines(before: DealSnapshot, after: DealSnapshot): string[] {
  return dealChanges(before, after).changes.map((change) => renderMessage(sv, change.line));
}

/** The snapshot as a file written before gaps kept their message reference. */
function withoutRefs(snapshot: DealSnapshot): DealSnapshot {
  return { ...snapshot, qualification: { ...snapshot.qualification, gaps: snapshot.qualification.gaps.map(({ messageRef: _, ...gap }) => gap) } };
}

describe('gap change lines in Swedish', () => {
  const gapped = snapshotOf(buildDeal({ id: 'northwind-erp', account: 'Northwind AB' }));

  it('say the gap in Swedish when the snapshot kept its message reference, and the file schema reads it back', () => {
    expect(gapped.qualification.gaps[0]?.messageRef?.id).toMatch(/^engine\.gap\./);
    expect(dealSnapshotSchema.parse(JSON.parse(JSON.stringify(gapped)))).toEqual(gapped);
    const lines = swedishLines(healthySnapshot(), gapped);
    expect(lines).toContain('Ny lucka (stopp, need-unconfirmed): Ingen har bekräftat att Northwind AB behöver det du säljer.');
    expect(dealChanges(healthySnapshot(), gapped).changes.find((change) => change.kind === 'gap-opened')).toMatchObject({ message: 'Nobody has confirmed that Northwind AB needs what we sell.' });
  });

  it('keep the recorded English words of an older review file, which still reads', () => {
    const old = withoutRefs(gapped);
    expect(dealSnapshotSchema.safeParse(JSON.parse(JSON.stringify(old))).success).toBe(true);
    expect(swedishLines(old, healthySnapshot())).toContain('Lucka stängd (stopp, need-unconfirmed): Nobody has confirmed that Northwind AB needs what we sell.');
  });

  it('keep the recorded words when the reference no longer says them, or cannot be said', () => {
    const [first, ...rest] = gapped.qualification.gaps;
    if (first === undefined) throw new Error('no gap');
    const reworded = { ...gapped, qualification: { ...gapped.qualification, gaps: [{ ...first, message: 'Need: not confirmed (old wording).' }, ...rest] } };
    expect(swedishLines(reworded, healthySnapshot())).toContain('Lucka stängd (stopp, need-unconfirmed): Need: not confirmed (old wording).');
    const broken = { ...gapped, qualification: { ...gapped.qualification, gaps: [{ ...first, messageRef: { id: 'engine.gap.no-such-message' } }, ...rest] } };
    expect(swedishLines(broken, healthySnapshot())).toContain('Lucka stängd (stopp, need-unconfirmed): Nobody has confirmed that Northwind AB needs what we sell.');
  });

  it('refuse a message reference that is not one, naming the field', () => {
    const bad = JSON.parse(JSON.stringify(gapped)) as { qualification: { gaps: { messageRef: unknown }[] } };
    const [gap] = bad.qualification.gaps;
    if (gap === undefined) throw new Error('no gap');
    gap.messageRef = 'need-unconfirmed';
    const result = dealSnapshotSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('qualification.gaps.0.messageRef');
  });
});
