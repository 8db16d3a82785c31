import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import type { Transport } from '../../../renderer/src/api';

export function renderApp(transport: Transport, path = '/') {
  return render(<App transport={transport} initialPath={path} />);
}
