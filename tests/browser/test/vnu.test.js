// The Nu Html Checker (vnu.jar from the vnu-jar package) over every HTML file of the
// built site, in one JVM run: zero errors.
import { it } from 'node:test';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../lib/site.js';
import { check, noProblems } from '../lib/check.js';
import { run } from '../lib/process.js';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));
const JAVA = process.env.JAVA || 'java';

it('Nu Html Checker: no errors in any html file', async () => {
  const site = loadSite();
  const files = site.pages.map((p) => p.file);
  await check(files.length > 0, `no html files in ${site.dir}`);
  const started = Date.now();
  // --stdout: the JSON report goes to stdout (vnu writes it to stderr by default)
  const { code, stdout, stderr } = await run(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files]);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    await check(false, `vnu exited ${code} without a JSON report:\n${stdout}\n${stderr}`);
  }
  console.log(`# vnu checked ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const lines = errors.map((m) => {
    const file = m.url?.startsWith('file:') ? path.relative(site.dir, fileURLToPath(m.url)) : m.url || '?';
    return `${file}:${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}`;
  });
  noProblems(lines, `${lines.length} Nu Html Checker error(s):`);
  await check(code === 0, `vnu exited ${code}\n${stderr}`);
});
