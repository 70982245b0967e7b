// `npm start`: runs the current release (releases/current, made by scripts/release.ts at the end
// of `npm run build`) and moves to a new one when a build publishes it, without a failed request.
//
// The server (releases/<id>/server.js) runs in a cluster worker, so the listening socket belongs
// to this process: a new worker starts on the new release and takes connections as soon as it
// listens; only then is the old one told to stop (SIGTERM: it stops taking connections, finishes
// what it has, and closes kept-alive connections after their current request). Plain JavaScript:
// it runs where only the production dependencies are installed.
import cluster from 'node:cluster';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

const current = path.resolve('releases/current');
if (!existsSync(current)) {
  console.error('releases/current is missing: run "npm run build" first.');
  process.exit(1);
}

let worker;
let release;
let stopping = false;

function run(dir) {
  cluster.setupPrimary({ exec: path.join(dir, 'server.js') });
  const next = cluster.fork();
  const previous = worker;
  release = dir;
  next.once('listening', () => {
    worker = next;
    if (previous) {
      console.log(`Now serving ${path.basename(dir)}`);
      previous.process.kill('SIGTERM');
    }
  });
  next.once('exit', (code) => {
    if (stopping) return;
    if (next === worker) {
      // It died on its own: start the current release again.
      console.error(`The server exited (code ${code}); starting it again`);
      worker = undefined;
      setTimeout(() => run(realpathSync(current)), 1000);
    } else if (worker === previous) {
      // A new release that never listened: stay on the one that works (and do not retry it).
      console.error(`${path.basename(dir)} did not start (code ${code}); still serving the previous release`);
    }
  });
}

run(realpathSync(current));
// A build replaces the link in one rename; a second is plenty to notice it.
setInterval(() => {
  if (!existsSync(current)) return;
  const target = realpathSync(current);
  if (target !== release) run(target);
}, 1000).unref();

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    stopping = true;
    for (const id in cluster.workers) cluster.workers[id].process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers).length === 0) process.exit(0);
    });
    setTimeout(() => process.exit(0), 12_000).unref();
  });
}
