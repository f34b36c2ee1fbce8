// Open a sealed HTML bundle (scorebook-generate --encrypt html) from
// file:// in Debian's chromium: without the passphrase, and with a wrong
// one, the page shows no data (the student's name is nowhere in the
// DOM); with it, the bundle's home page shows, with that name reachable.
// The page may make no network request and break no policy.
//
// usage: node check-sealed.mjs FILE.html PASSPHRASE NAME
// Prints TAP lines; exits 1 when any check failed.
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const file = path.resolve(process.argv[2]);
const passphrase = process.argv[3];
const name = process.argv[4];
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

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update',
    '--disable-sync'],
});

async function open() {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) {
      requests.push(r.url());
    }
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems, requests };
}

// Everything a reader could reach: the text and every attribute.
const domText = (page) => page.evaluate(() => document.body.innerText +
  Array.from(document.querySelectorAll('*'))
    .map((e) => Array.from(e.attributes).map((a) => a.value).join(' '))
    .join(' '));

async function unlock(page, pass) {
  await page.type('#pass', pass);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => !document.getElementById('unlock') ||
    /does not open/.test(document.getElementById('message').textContent),
  { timeout: 60000 });
}

try {
  let { page, problems, requests } = await open();
  ok(!(await domText(page)).includes(name),
    'without the passphrase no student name is in the page');
  ok(await page.$('#pass') !== null, 'the page asks for the passphrase');

  await unlock(page, 'WRONG-PASS');
  const message = await page.$eval('#message', (e) => e.textContent);
  ok(/does not open/.test(message), 'a wrong passphrase says so', message);
  ok(!(await domText(page)).includes(name),
    'after a wrong passphrase no student name is in the page');
  ok(problems.length === 0, 'no errors before unlocking', problems.join('\n'));
  await page.close();

  ({ page, problems, requests } = await open());
  await unlock(page, passphrase.toLowerCase());
  ok(await page.$('#unlock') === null,
    'the right passphrase (in any case) opens the bundle');
  const home = await page.evaluate(() => document.body.innerText);
  ok(/My groups|Summary|Results|Assessment/i.test(home),
    "the bundle's home page shows", home.slice(0, 300));
  const link = await page.$('a[href$="students/index.html"]');
  if (link) {
    await link.click();
    await page.waitForFunction(
      (who) => document.body.innerText.includes(who), { timeout: 10000 },
      name).catch(() => {});
  }
  ok((await domText(page)).includes(name),
    'the student list, reached by its link, names the student');
  ok(problems.length === 0, 'no console errors, no policy violations',
    problems.join('\n'));
  ok(requests.length === 0, 'no network request', requests.join('\n'));
} catch (e) {
  ok(false, 'the sealed page could be driven', e.stack);
} finally {
  await browser.close();
}
console.log(`1..${n}`);
process.exit(failed ? 1 : 0);
