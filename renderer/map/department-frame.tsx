// A department's frame behind its people's cards; its name folds the department into one box and back.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../i18n/use-t';
import { useDepartmentFold } from './department-fold';

/** Symbols, not words: the same in every language. */
const CHEVRON = { folded: '▸', open: '▾' } as const;
const SEPARATOR = '·';
import type { DepartmentNode } from './map-types';

function DepartmentFrameView({ data }: NodeProps<DepartmentNode>) {
  const t = useT();
  const { toggle } = useDepartmentFold();
  const values = { department: data.department, count: data.people };
  return (
    <div className={`department-frame${data.folded ? ' is-folded' : ''}`}>
      <button
        type="button"
        className="department-name nodrag nopan"
        aria-expanded={!data.folded}
        aria-label={t(data.folded ? 'map.department.unfold' : 'map.department.fold', values)}
        title={t(data.folded ? 'map.department.unfold' : 'map.department.fold', values)}
        onClick={() => toggle(data.department)}
      >
        <span className="department-chevron" aria-hidden="true">
          {data.folded ? CHEVRON.folded : CHEVRON.open}
        </span> {data.department} <span className="department-count">
          {SEPARATOR} {t('map.department.people', { count: data.people })}
        </span>
        {data.folded && <span className="department-count"> {SEPARATOR} {t('map.department.folded')}</span>}
      </button>
    </div>
  );
}

export const DepartmentFrame = memo(DepartmentFrameView);
