// Configures zod (Indonesian messages, jitless for the CSP) before any schema is used.
import '../../shared/ipc/zod';
import '@mantine/core/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultTransport } from './api';
import { App } from './App';

// Before the router starts: the browser host's `?token=` is read and removed from the URL here.
const transport = defaultTransport();

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');
createRoot(container).render(
  <StrictMode>
    <App transport={transport} />
  </StrictMode>,
);
