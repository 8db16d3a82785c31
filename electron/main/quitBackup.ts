// The backup on quit (issue 10): Electron's 'will-quit' cannot wait for a promise, so the first
// will-quit is held (preventDefault), the core makes its automatic backup, and quitting resumes;
// the second will-quit closes the core. Pure, so it is tested without Electron.
import type { Core } from '../core/types';

export interface QuitEvent {
  preventDefault(): void;
}

export function willQuitWithBackup(core: Pick<Core, 'autoBackup'>, quit: () => void, shutDown: () => void): (event: QuitEvent) => void {
  let state: 'pending' | 'running' | 'done' = 'pending';
  return (event) => {
    if (state === 'done') {
      shutDown();
      return;
    }
    event.preventDefault();
    if (state === 'running') return;
    state = 'running';
    const resume = () => {
      state = 'done';
      quit();
    };
    // autoBackup never throws by contract; should it anyway, quitting must not hang on it.
    core.autoBackup('quit').then(resume, resume);
  };
}
