// `npm start`: serves the production build on $PORT (default 3000), building first when there
// is no build yet, so that `npm ci && npm start` works on a fresh clone.
import { spawn } from 'node:child_process';
import { ensureBuild, NEXT_BIN } from './ensure-build.mjs';

ensureBuild();
const port = process.env.PORT || '3000';
const server = spawn(process.execPath, [NEXT_BIN, 'start', '--port', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
