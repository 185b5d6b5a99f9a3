import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserSession, SessionProvider } from './api/client';
import { setupI18n } from './i18n';
import './styles.css';

setupI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider session={browserSession()}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
