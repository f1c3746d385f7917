import 'vazirmatn/Vazirmatn-font-face.css';
import './shared/dayjs-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './main.css';

const root = document.getElementById('root');
if (root === null) throw new Error('The #root element is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
