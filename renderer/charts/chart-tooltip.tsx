// A hover and focus tooltip for chart marks; the same text is each mark's accessible name.
import { useCallback, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';

interface Tip {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface TooltipHandlers {
  readonly onMouseEnter: (event: MouseEvent<Element>) => void;
  readonly onMouseMove: (event: MouseEvent<Element>) => void;
  readonly onMouseLeave: () => void;
  readonly onFocus: (event: FocusEvent<Element>) => void;
  readonly onBlur: () => void;
}

/** `frame` is the positioned element the tooltip is placed in; `tipFor(text)` goes on each mark. */
export function useChartTooltip(): {
  readonly frame: RefObject<HTMLDivElement | null>;
  readonly tooltip: ReactNode;
  readonly tipFor: (text: string) => TooltipHandlers;
} {
  const frame = useRef<HTMLDivElement | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const place = useCallback((text: string, clientX: number, clientY: number) => {
    const box = frame.current?.getBoundingClientRect();
    setTip({ text, x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) });
  }, []);

  const tipFor = useCallback(
    (text: string): TooltipHandlers => ({
      onMouseEnter: (event) => place(text, event.clientX, event.clientY),
      onMouseMove: (event) => place(text, event.clientX, event.clientY),
      onMouseLeave: () => setTip(null),
      onFocus: (event) => {
        const mark = event.currentTarget.getBoundingClientRect();
        place(text, mark.left + mark.width / 2, mark.top);
      },
      onBlur: () => setTip(null),
    }),
    [place],
  );

  const tooltip = tip ? (
    <div className="chart-tooltip" role="presentation" style={{ left: tip.x, top: tip.y }}>
      {tip.text}
    </div>
  ) : null;
  return { frame, tooltip, tipFor };
}
