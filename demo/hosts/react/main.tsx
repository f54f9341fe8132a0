import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

// `?api=` points the widgets at another backend (the end-to-end test's); else `npm start`'s.
const api = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8080/api';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
