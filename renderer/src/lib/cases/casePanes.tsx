// The detail pane of each kind of case. The lists here (registers, inbox) are shared parts and
// import no feature: the page that shows a list passes its panes in (a feature its own, the inbox
// screen all of them; see screens/casePanes.ts).
import type { ComponentType } from 'react';
import type { InboxKind } from '../../../../shared/ipc/channels/inbox';

export interface CasePaneProps {
  id: number;
  onClose: () => void;
}

export type CasePanes = Partial<Record<InboxKind, ComponentType<CasePaneProps>>>;

/** The case whose pane is open beside the list. */
export interface OpenCase {
  kind: InboxKind;
  id: number;
}

/** The open case's pane, if the page gave one for its kind. */
export function renderPane(panes: CasePanes, open: OpenCase | null, onClose: () => void) {
  if (!open) return null;
  const Pane = panes[open.kind];
  return Pane ? <Pane key={open.id} id={open.id} onClose={onClose} /> : null;
}
