// Open a generated bundle from file:// in Debian's chromium and check
// what a reader would meet: no console errors, no network request of any
// kind, working sorting and filtering, a one-page printed student report
// in every language, no missing glyph, and no WCAG 2.1 A or AA violation
// (axe-core).
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

// The kind of a page: its folder and the first word of its name, digits
// dropped (reports/results-2025-... and reports/results-2026-... are one
// kind), plus "history" for history pages.
function kindOf(file) {
  const rel = path.relative(bundle, file);
  const base = path.basename(rel, '.html');
  const word = base.split('-')[0].replace(/\d+/g, '#');
  return `${path.dirname(rel)}/${word}${base.includes('history') ? '-h' : ''}`;
}

// The first and the last page of every kind.
function pagesOfEveryKind(files) {
  const kinds = new Map();
  for (const f of files) {
    const k = kindOf(f);
    if (!kinds.has(k)) kinds.set(k, []);
    kinds.get(k).push(f);
  }
  const out = [];
  for (const list of kinds.values()) {
    out.push(list[0]);
    if (list.length > 1) out.push(list[list.length - 1]);
  }
  return out.slice(0, maxPages);
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

// Sort a table by its first numeric column, both ways.
async function checkSorting(file) {
  const { page } = await openPage(file);
  const result = await page.evaluate(() => {
    const table = document.querySelector('table[data-sortable]');
    if (!table) return null;
    const ths = [...table.tHead.rows[0].cells];
    const col = ths.findIndex((th) => th.dataset.type === 'number' &&
      th.querySelector('button'));
    if (col < 0) return null;
    const values = () => [...table.tBodies[0].rows].map((r) => {
      const cell = r.cells[col];
      const v = parseFloat(cell.dataset.sort ?? cell.textContent);
      return Number.isNaN(v) ? null : v;
    }).filter((v) => v !== null);
    const sorted = (a, dir) => a.every((v, i) => i === 0 ||
      (dir > 0 ? a[i - 1] <= v : a[i - 1] >= v));
    ths[col].querySelector('button').click();
    const up = ths[col].getAttribute('aria-sort');
    const upOk = sorted(values(), 1);
    ths[col].querySelector('button').click();
    const down = ths[col].getAttribute('aria-sort');
    const downOk = sorted(values(), -1);
    return { up, upOk, down, downOk, rows: values().length };
  });
  await page.close();
  return result;
}

// Filter a table by text and see rows hide and the count follow.
async function checkFiltering(file) {
  const { page } = await openPage(file);
  const result = await page.evaluate(() => {
    const tools = document.querySelector('.table-tools[data-table]');
    if (!tools || tools.hidden) return null;
    const table = document.getElementById(tools.dataset.table);
    const input = tools.querySelector('[data-filter-text]');
    const rows = [...table.tBodies[0].rows];
    if (!input || rows.length < 2) return null;
    const word = rows[0].cells[0].textContent.trim();
    input.value = word;
    input.dispatchEvent(new Event('input'));
    const shown = rows.filter((r) => !r.hidden);
    const allMatch = shown.every((r) =>
      r.textContent.toLowerCase().includes(word.toLowerCase()));
    input.value = 'no row holds this text 0000';
    input.dispatchEvent(new Event('input'));
    const none = rows.filter((r) => !r.hidden).length;
    return { total: rows.length, shown: shown.length, allMatch, none };
  });
  await page.close();
  return result;
}

// Without JavaScript every row is there to read.
async function checkWithoutScript(file) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const rows = await page.evaluate(() => {
    const t = document.querySelector('table');
    return t ? [...t.tBodies[0].rows].filter((r) => !r.hidden).length : -1;
  });
  await page.close();
  return rows;
}

// A student report prints one Letter page per result and per subject
// history.
async function checkPrint(file) {
  const { page } = await openPage(file);
  const [reports, histories] = await page.evaluate(() => [
    document.querySelectorAll('.report').length,
    document.querySelectorAll('.subject-history').length]);
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  await page.close();
  const pages = (Buffer.from(pdf).toString('latin1')
    .match(/\/Type\s*\/Page[^s]/g) || []).length;
  return { reports, histories, pages };
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

// The biggest results page: the most rows to sort and filter.
const results = files.filter((f) => /reports\/results-/.test(f))
  .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
if (results) {
  const rel = path.relative(bundle, results);
  const sort = await checkSorting(results);
  ok(sort && sort.rows > 1, `${rel}: a numeric column to sort`,
    JSON.stringify(sort));
  if (sort) {
    ok(sort.up === 'ascending' && sort.upOk,
      `${rel}: one click sorts ascending`, JSON.stringify(sort));
    ok(sort.down === 'descending' && sort.downOk,
      `${rel}: a second click sorts descending`, JSON.stringify(sort));
  }
  const filter = await checkFiltering(results);
  ok(filter && filter.shown >= 1 && filter.shown <= filter.total &&
    filter.allMatch && filter.none === 0,
  `${rel}: the text filter shows matching rows only`, JSON.stringify(filter));
  const rows = await checkWithoutScript(results);
  ok(rows > 0, `${rel}: without JavaScript the table shows ${rows} rows`);
} else {
  ok(false, 'the bundle has a results page');
}

const students = files.filter((f) => /students\/s\d+\.html$/.test(f));
ok(students.length > 0, `the bundle has student reports (${students.length})`);
for (const file of students.slice(0, 3)) {
  const rel = path.relative(bundle, file);
  const { reports, histories, pages } = await checkPrint(file);
  ok(reports > 0 && pages <= reports + histories,
    `${rel}: ${reports} results and ${histories} histories print on ` +
    `${pages} Letter pages, one each`);
}

// Characters the installed fonts cannot draw ("tofu"): every distinct
// character of the page's text is drawn on a canvas in the font of the
// page's main element, then compared pixel for pixel, and in width, with
// U+0378, a code point Unicode leaves unassigned, which no font has: a
// character drawn exactly like it is missing.  The browser falls back
// from font to font as it does for the page, so this sees what a reader
// sees.
async function missingGlyphs(file) {
  const { page } = await openPage(file);
  const missing = await page.evaluate(() => {
    const family = getComputedStyle(document.querySelector('main'))
      .fontFamily;
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 48;
    const g = canvas.getContext('2d', { willReadFrequently: true });
    g.font = `32px ${family}`;
    g.textBaseline = 'top';
    const draw = (ch) => {
      g.clearRect(0, 0, 48, 48);
      g.fillText(ch, 4, 4);
      const px = g.getImageData(0, 0, 48, 48).data;
      let sum = 0;
      for (let i = 3; i < px.length; i += 4) sum = (sum * 31 + px[i]) % 1e9;
      return `${g.measureText(ch).width}:${sum}`;
    };
    const tofu = draw('\u0378');
    const chars = [...new Set([...document.body.innerText])]
      .filter((ch) => ch.codePointAt(0) > 0x7e && !/\s/u.test(ch));
    return chars.filter((ch) => draw(ch) === tofu)
      .map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase()}`);
  });
  await page.close();
  return missing;
}

// The reports in the families' languages: one page per result in print
// too, and every character drawn.
for (const lang of ['es', 'vi', 'fil', 'zh-Hant']) {
  const re = new RegExp(`students/s\\d+\\.${lang}\\.html$`);
  const reports = files.filter((f) => re.test(f));
  if (lang === 'es') {
    ok(reports.length > 0, `the bundle has Spanish reports (${reports.length})`);
  }
  for (const file of reports.slice(0, 2)) {
    const rel = path.relative(bundle, file);
    const { reports: cards, histories, pages } = await checkPrint(file);
    ok(cards > 0 && pages <= cards + histories,
      `${rel}: ${cards} results and ${histories} histories print on ` +
      `${pages} Letter pages, one each`);
    const missing = await missingGlyphs(file);
    ok(missing.length === 0, `${rel}: every character has a glyph`,
      missing.join(' '));
  }
}

await browser.close();
console.log(`1..${n}`);
process.exit(failed ? 1 : 0);
