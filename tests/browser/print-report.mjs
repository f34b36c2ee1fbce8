// Print a student report from file:// in Debian's chromium, on Letter
// and on A4, and check that every result fits one page: no result is
// taller than the printable height, and the PDF has a page per result
// and per subject history.
//
// usage: node print-report.mjs REPORT.html
// Prints TAP lines; exits 1 when any check failed.
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const file = path.resolve(process.argv[2]);
// Printable width and height in CSS pixels: the page less the 12 mm
// margins of the stylesheet.
const mm = 96 / 25.4;
const formats = {
  letter: [8.5 * 96 - 24 * mm, 11 * 96 - 24 * mm],
  a4: [210 * mm - 24 * mm, 297 * mm - 24 * mm],
};
let n = 0;
let failed = 0;

function ok(cond, what) {
  n += 1;
  if (!cond) failed += 1;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${what}`);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage();
await page.goto(`file://${file}`, { waitUntil: 'load' });
await page.emulateMediaType('print');
const results = await page.$$eval('section.report', (l) => l.length);
const subjects = await page.$$eval('section.subject-history',
  (l) => l.length);
for (const [format, [width, height]] of Object.entries(formats)) {
  await page.setViewport({ width: Math.floor(width), height: 1000 });
  const tallest = await page.$$eval('section.report',
    (l) => Math.max(...l.map((e) => e.getBoundingClientRect().height)));
  ok(tallest <= height,
    `${format}: the tallest result (${Math.round(tallest)} px) fits`);
  const pdf = Buffer.from(await page.pdf({ format })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  ok(pages === results + subjects,
    `${format}: ${pages} pages for ${results} results and ${subjects} ` +
    'subject histories');
}
await browser.close();
console.log(`1..${n}`);
process.exit(failed ? 1 : 0);
