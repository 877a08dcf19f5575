import { startPage } from './app/start-page';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startPage(root);
