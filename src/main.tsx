import { registerOfflineWorker } from './app/offline-worker';
import { startPage } from './app/start-page';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The build's first paint is on screen already: the page starts in a task of its own, so that
// evaluating the script and starting the page are two shorter tasks instead of one long one.
setTimeout(() => startPage(root), 0);
registerOfflineWorker();
