// First, before any module that may build or run a schema.
import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DesktopLayer } from './desktop/DesktopLayer';
import { flushWhenPageHides } from './shell/flushers';
import './styles.css';

flushWhenPageHides();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <DesktopLayer />
    </StrictMode>,
  );
}
