/**
 * Starts one of the project's own server commands (`npm run dev`, `npm run preview`) on a free port,
 * as a person would: with the environment a shell has, not the test runner's (childEnv). Collects
 * its output for error messages, and stops the whole process group.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { childEnv, ROOT } from './commands.ts';

function vrijePoort(): Promise<number> {
  return new Promise((ok, fout) => {
    const s = createServer();
    s.on('error', fout);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export interface NpmServer {
  origin: string;
  uitvoer: () => string;
  stop: () => void;
}

export async function startNpmServer(script: 'dev' | 'preview', env: Record<string, string>): Promise<NpmServer> {
  const poort = await vrijePoort();
  const child = spawn('npm', ['run', script, '--', '--port', String(poort)], { cwd: ROOT, env: childEnv(env), detached: true });
  let uitvoer = '';
  child.stdout.on('data', (d) => (uitvoer += d));
  child.stderr.on('data', (d) => (uitvoer += d));
  return {
    origin: `http://127.0.0.1:${poort}`,
    uitvoer: () => uitvoer,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}
