// A department's frame behind its people's cards, named at its top-left corner.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DepartmentNode } from './map-types';

function DepartmentFrameView({ data }: NodeProps<DepartmentNode>) {
  return (
    <div className="department-frame" aria-hidden="true">
      <span className="department-name">
        {data.department} <span className="department-count">· {data.people}</span>
      </span>
    </div>
  );
}

export const DepartmentFrame = memo(DepartmentFrameView);
