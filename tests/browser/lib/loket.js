// The loket binary for the tests that make their pages with it (the status report, the
// errors overlay of `loket serve`), and `loket serve` run on a site of their own.
//   LOKET: the loket binary [default: ../../target/release/loket, else target/debug/loket;
//          below $CARGO_TARGET_DIR when that is set]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HERE } from './site.js';

export const REPO = path.resolve(HERE, '..', '..');

export function loketBinary() {
  if (process.env.LOKET) return process.env.LOKET;
  // Cargo's own CARGO_TARGET_DIR, when the build put its binaries elsewhere.
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(REPO, 'target');
  const release = path.join(target, 'release', 'loket');
  return fs.existsSync(release) ? release : path.join(target, 'debug', 'loket');
}

/**
 * Starts `loket serve --port 0 --root <root> ...args` and resolves once it prints the
 * address it listens on: { url, output(), stop() }. It is stopped (SIGTERM) by stop().
 */
export function startServe(root, args = []) {
  const child = spawn(loketBinary(), ['serve', '--port', '0', '--root', root, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`loket serve printed no address within 60 s:\n${output}`));
    }, 60_000);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`loket serve exited ${code}:\n${output}`)));
    child.stdout.on('data', (d) => {
      output += d;
      const found = output.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) {
        clearTimeout(timer);
        resolve({
          url: found[1],
          output: () => output,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.removeAllListeners('exit');
              child.on('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
  });
}

/** Polls `url` until its body satisfies `done` (at most 30 s); resolves { status, headers, body }. */
export async function waitFor(url, what, done) {
  const deadline = Date.now() + 30_000;
  let last = '';
  for (;;) {
    const response = await fetch(url);
    const body = await response.text();
    if (done(body)) return { status: response.status, headers: response.headers, body };
    last = body;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} at ${url}; last body:\n${last.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
