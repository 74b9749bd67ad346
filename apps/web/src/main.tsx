import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

// The server puts a fresh nonce here with each page; the CSP lets only styles carrying it apply.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';

// The component library passes the nonce to its own style sheets (ConfigProvider `csp`), but some of
// its helpers (scroll-bar measuring, scroll locking) create <style> elements without it, which the
// CSP then blocks. Every <style> this page's own scripts create carries the nonce.
const createElement = document.createElement.bind(document);
document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
  const element = createElement(tagName, options);
  if (nonce && element instanceof HTMLStyleElement) element.nonce = nonce;
  return element;
}) as typeof document.createElement;

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App nonce={nonce} />
    </StrictMode>,
  );
