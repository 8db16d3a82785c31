// The sandboxed preload (built as CommonJS: sandboxed preloads cannot be ES modules, and may
// only `require('electron')` and a few built-ins, so everything else is bundled in).
// It exposes exactly `window.ppid`; the renderer gets no ipcRenderer, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('ppid', createBridge(ipcRenderer));
