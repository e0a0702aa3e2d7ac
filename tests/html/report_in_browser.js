// The HTML report of examples/ in a real Chromium (Debian's, driven by playwright-core): it renders
// without errors, requests nothing but itself, every highlight wraps exactly its claim's text,
// the deliberate counter inconsistency of pertes-etat-major.txt is a finding, and the graph is
// drawn. Leaves a screenshot in the build directory. Run by run_browser_test.sh (CTest "html").
//
//   node tests/html/report_in_browser.js BINARY REPO_ROOT OUT_DIR
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const [binary, root, outDir] = process.argv.slice(2);
const { chromium } = require(path.join(root, 'tools/browser/node_modules/playwright-core'));

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

// The report, and what `extract --claims` says of the same inputs, from the repository root so
// every file is named as examples/<name>.
function run(args) {
  return execFileSync(binary, args, {
    cwd: root,
    env: { ...process.env, CLAIMCHECK_RULES: path.join(root, 'rules') },
    maxBuffer: 64 << 20,
  }).toString('utf8');
}

// Each quantity of `extract --claims`, by "file#record q<n>".
function extractedClaims() {
  const claims = new Map();
  for (const line of run(['extract', '--claims', 'examples/']).split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line);
    if (record.type !== 'quantity') continue;
    claims.set(`${record.file}#${record.record || ''} ${record.id}`, record);
  }
  return claims;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const report = path.join(outDir, 'examples.html');
  fs.writeFileSync(report, run(['check', '--fail-on', 'none', '--format', 'html', 'examples/']));
  const reportUrl = pathToFileURL(report).href;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => check(m.type() !== 'error', `console error: ${m.text()}`));
    page.on('pageerror', (e) => check(false, `page error: ${e.message}`));
    await page.goto(reportUrl, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(outDir, 'examples.png') });

    const articles = await page.$$eval('section.article', (sections) => sections.map((s) => ({
      file: s.dataset.file,
      record: s.dataset.record,
      marks: [...s.querySelectorAll('mark[data-claim]')].map((m) => ({
        claim: m.dataset.claim, state: m.dataset.state, kind: m.dataset.kind, part: m.dataset.part || '1',
        start: +m.dataset.start, end: +m.dataset.end, text: m.textContent, title: m.title,
      })),
    })));
    check(articles.length >= 6, `expected the 6 example articles, found ${articles.length}`);

    // Every claim of extract is highlighted, and its pieces (one, unless it crosses another
    // claim) wrap exactly its text, from its first byte to its last.
    const claims = extractedClaims();
    const pieces = new Map();
    for (const article of articles) {
      const bytes = article.record === '' && /\.txt$/.test(article.file) ? fs.readFileSync(path.join(root, article.file)) : null;
      for (const mark of article.marks) {
        const key = `${article.file}#${article.record} ${mark.claim}`;
        if (!pieces.has(key)) pieces.set(key, []);
        pieces.get(key).push(mark);
        check(mark.title.includes(mark.claim), `${key}: no tooltip`);
        // Plain text files: the offsets are the file's own bytes.
        if (bytes) {
          const inFile = bytes.subarray(mark.start, mark.end).toString('utf8');
          check(inFile === mark.text, `${key}: the file holds "${inFile}" at ${mark.start}-${mark.end}, the page "${mark.text}"`);
        }
      }
    }
    for (const [key, claim] of claims) {
      const marks = pieces.get(key);
      if (!marks) {
        check(false, `${key} "${claim.text}" is not highlighted`);
        continue;
      }
      const text = marks.map((m) => m.text).join('');
      check(text === claim.text, `${key}: highlighted "${text}", extract says "${claim.text}"`);
      check(marks[0].start === claim.byte_start && marks[marks.length - 1].end === claim.byte_end,
        `${key}: highlighted bytes ${marks[0].start}-${marks[marks.length - 1].end}, extract says ${claim.byte_start}-${claim.byte_end}`);
    }
    for (const key of pieces.keys()) check(claims.has(key), `${key}: a highlight for a claim extract does not know`);

    // The deliberate inconsistency: 736 120 soldats (+1 530), 734 810 the day before.
    const losses = articles.find((a) => a.file === 'examples/pertes-etat-major.txt');
    check(losses, 'examples/pertes-etat-major.txt is not in the report');
    if (losses) {
      for (const figure of ['736 120 soldats', '+1 530', '734 810 soldats']) {
        // The article writes its thousands with U+00A0 and U+202F.
        const mark = losses.marks.find((m) => m.text.replace(/[\u00a0\u202f]/g, ' ') === figure);
        check(mark && mark.state === 'finding', `"${figure}" should be highlighted as a finding, is ${mark && mark.state}`);
      }
    }
    const counter = await page.$$eval('article.finding[data-rule="conflict/counter-increment"][data-verdict="fails"]',
      (cards) => cards.map((c) => [...c.querySelectorAll('.bound a')].map((a) => a.getAttribute('href'))));
    check(counter.length === 1, `one conflict/counter-increment finding expected, ${counter.length} found`);
    for (const href of counter.flat()) {
      check(await page.$(`mark${href}`) !== null, `the finding's link ${href} leads to no highlight`);
    }

    // The graph: an inline SVG with nodes, its claims linked to their highlights.
    const graph = await page.$$eval('#graph svg', (svgs) => svgs.map((svg) => ({
      nodes: svg.querySelectorAll('g.node').length,
      links: [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href') || a.getAttribute('xlink:href')),
    })));
    check(graph.length === 1 && graph[0].nodes > 0, `the graph SVG is missing or empty: ${JSON.stringify(graph.map((g) => g.nodes))}`);
    if (graph.length === 1) {
      const claimLinks = graph[0].links.filter((h) => h && h.startsWith('#c-'));
      check(claimLinks.length > 0, 'no node of the graph links to a highlight');
      for (const href of claimLinks.slice(0, 20)) check(await page.$(`mark${href}`) !== null, `graph link ${href} leads nowhere`);
    }

    // Anchors are unique, or links would lead to the wrong place.
    const duplicates = await page.$$eval('[id]', (all) => {
      const seen = new Set();
      return all.map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
    });
    check(duplicates.length === 0, `ids used twice: ${duplicates.slice(0, 10).join(', ')}`);

    // Clicking a highlighted finding shows its card.
    await page.click('mark[data-state="finding"][data-findings]');
    check(await page.$('article.finding.focus') !== null, 'clicking a highlight with findings focuses none');

    // Nothing but the page itself was requested: no font, stylesheet, script or image.
    const others = requests.filter((url) => url !== reportUrl);
    check(others.length === 0, `requests besides the page: ${others.join(', ')}`);

    await page.$eval('section[data-file="examples/pertes-etat-major.txt"]', (s) => s.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(outDir, 'examples-article.png') });
    await page.$eval('#graph', (s) => s.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(outDir, 'examples-graph.png') });
  } finally {
    await browser.close();
  }

  if (failures.length > 0) {
    for (const f of failures) console.log(`FAIL: ${f}`);
    process.exit(1);
  }
  console.log(`OK: the report of examples/ renders in Chromium; screenshots in ${outDir}`);
}

main().catch((e) => {
  console.log(`FAIL: ${e.stack || e}`);
  process.exit(1);
});
