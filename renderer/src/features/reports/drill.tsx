// Every figure on Laporan is a button: it opens the list of the cases behind it (reports:cases).
// The page holds which figure is open; the buttons reach it through this context.
import { createContext, useContext, type ReactNode } from 'react';
import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DrillTarget {
  /** A dotted path of ReportFigures, e.g. "requests.refusal_reasons.ps17_h". */
  figure: string;
  /** What the figure is called on the page, for the list's title. */
  label: string;
}

const DrillContext = createContext<(target: DrillTarget) => void>(() => {});

export function DrillProvider({ open, children }: { open: (target: DrillTarget) => void; children: ReactNode }) {
  return <DrillContext.Provider value={open}>{children}</DrillContext.Provider>;
}

export function useDrill(): (target: DrillTarget) => void {
  return useContext(DrillContext);
}

/** A number as the button that lists its cases; named "Ditolak: 3. Lihat kasus" for a screen reader. */
export function FigureButton({ figure, label, value, size = 'sm' }: { figure: string; label: string; value: number; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  const open = useDrill();
  const shown = value.toLocaleString('id-ID');
  return (
    <UnstyledButton
      className={`report-figure report-figure-${size}`}
      onClick={() => open({ figure, label })}
      aria-label={t('reports.drill.open', { label, value: shown })}
      data-figure={figure}
    >
      {shown}
    </UnstyledButton>
  );
}
