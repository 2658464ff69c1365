/**
 * The HTML report's layout in headless Chromium: the report of a large
 * multi-stack scan (long project, stack and resource names, long URNs, a
 * long citation, against a baseline) must fit common viewport widths: no horizontal scroll of the
 * document, the findings table's right edge inside the viewport and every
 * column, "Why" included, visible, with nothing hidden in a scroll box.
 * A PNG screenshot per width is written to a temporary directory and named
 * in the failure.
 *
 * Runs in the `browser` Jest project (`npm run test:browser`, part of
 * `.ci/run`) against Debian's /usr/bin/chromium via playwright-core; no
 * browser is downloaded.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { examples, now, repoRoot, run } from "../../cli/helpers";

const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const widths = [1400, 1280, 1024, 800];

let tmp: string;
let context: BrowserContext;
let page: Page;
let html: string;

/** Long tokens with no break opportunity, the kind that overflowed the table. */
const long = (stem: string, i: number): string => `${stem}-${"x".repeat(20)}${i}-with-a-very-long-unbroken-name-${"y".repeat(24)}`;

/** A self-managed backend of many stacks, built from the bundled exports with long project, stack and resource names. */
function writeBackend(dir: string): number {
  const files = fs.readdirSync(path.join(repoRoot, examples)).filter((f) => f.endsWith(".json") && !f.includes("preview"));
  let stacks = 0;
  for (const file of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(repoRoot, examples, file), "utf8")) as {
      version: number;
      deployment: { resources?: { urn: string }[] };
    };
    const first = doc.deployment.resources?.[0]?.urn ?? "";
    const [, stack = "", project = ""] = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(first) ?? [];
    if (!stack || !project) continue;
    for (let i = 0; i < 3; i++) {
      const newStack = long(`${stack}-stack`, i);
      const newProject = long(project, i);
      let text = JSON.stringify(doc.deployment);
      text = text.split(`urn:pulumi:${stack}::${project}::`).join(`urn:pulumi:${newStack}::${newProject}::`);
      // Longer resource names, wherever a URN (or a provider reference, `<urn>::<id>`) names them.
      for (const r of doc.deployment.resources ?? []) {
        const name = r.urn.slice(r.urn.lastIndexOf("::") + 2);
        const longer = `${name}-${"z".repeat(40)}`;
        text = text.split(`::${name}"`).join(`::${longer}"`).split(`::${name}::`).join(`::${longer}::`);
      }
      const checkpoint = {
        version: doc.version,
        checkpoint: { stack: `organization/${newProject}/${newStack}`, latest: JSON.parse(text) as unknown },
      };
      const target = path.join(dir, ".pulumi", "stacks", newProject, `${newStack}.json`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, JSON.stringify(checkpoint));
      stacks++;
    }
  }
  return stacks;
}

beforeAll(async () => {
  if (!fs.existsSync(executablePath))
    throw new Error(`${executablePath} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "updg-html-layout-"));
  const backend = path.join(tmp, "backend");
  expect(writeBackend(backend)).toBeGreaterThanOrEqual(9);
  const config = path.join(tmp, "config.json");
  const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot, "tests/cli/fixtures/config.json"), "utf8")) as Record<
    string,
    { determination?: { citation?: string } }
  >;
  const det = fixture["restricted-provider"]!.determination!;
  det.citation = `${det.citation} and the organisation's supplementary guidance memorandum SD-2026-04-A-${"q".repeat(60)}`;
  fs.writeFileSync(config, JSON.stringify(fixture));
  // Against a baseline of the bundled examples, so the page also has the then-and-now table.
  const baseline = path.join(tmp, "baseline.json");
  const b = await run([
    "scan",
    examples,
    "--config",
    config,
    "--now",
    "2026-11-01",
    "--format",
    "json",
    "--fail-on",
    "none",
    "--output",
    baseline,
  ]);
  expect(b.code).toBe(0);
  const r = await run([
    "scan",
    `file://${backend}`,
    "--config",
    config,
    "--now",
    now,
    "--format",
    "html",
    "--fail-on",
    "none",
    "--baseline",
    baseline,
  ]);
  expect(r.stderr).toBe("");
  html = r.stdout;
  expect(html).toContain("Stacks (9)");
  expect(html).toContain("Since the baseline");
  context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 120_000);

let failed = false;

afterAll(async () => {
  await context?.close();
  // Kept after a failure, for the screenshots the failure names; the profile and the backend are not.
  if (!tmp) return;
  for (const d of failed ? ["profile", "backend"] : [""]) fs.rmSync(path.join(tmp, d), { recursive: true, force: true });
});

interface Layout {
  readonly innerWidth: number;
  readonly scrollWidth: number;
  readonly tableRight: number;
  readonly rows: number;
  readonly scrollBox?: { readonly scrollWidth: number; readonly clientWidth: number };
  readonly columns: { readonly name: string; readonly left: number; readonly right: number; readonly width: number }[];
  readonly cellsOutside: number;
}

// Runs in the page (the test's TypeScript has no DOM types).
const measure = `(() => {
  const table = document.getElementById('findings');
  const box = table.closest('.scroll');
  const cells = Array.from(table.querySelectorAll('td, th'));
  return {
    innerWidth: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    tableRight: table.getBoundingClientRect().right,
    rows: table.tBodies[0].rows.length,
    scrollBox: box ? { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth } : undefined,
    columns: Array.from(table.tHead.rows[0].cells).map((c) => { const r = c.getBoundingClientRect(); return { name: c.textContent.trim(), left: r.left, right: r.right, width: r.width }; }),
    cellsOutside: cells.filter((c) => c.getBoundingClientRect().right > window.innerWidth + 0.5).length,
  };
})()`;

describe("HTML report layout in headless Chromium", () => {
  it.each(widths)(
    "fits a %i px wide viewport: no horizontal scroll, every findings column visible",
    async (width) => {
      await page.setViewportSize({ width, height: 900 });
      await page.setContent(html, { waitUntil: "load" });
      const screenshot = path.join(tmp, `report-${width}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      const l = await page.evaluate<Layout>(measure);
      const problems: string[] = [];
      if (l.rows < 50) problems.push(`only ${l.rows} findings rows: the scan is not large`);
      if (l.scrollWidth > l.innerWidth)
        problems.push(`document scrolls horizontally: scrollWidth ${l.scrollWidth} > innerWidth ${l.innerWidth}`);
      if (l.tableRight > l.innerWidth + 0.5)
        problems.push(`findings table ends at ${l.tableRight}px, past the viewport (${l.innerWidth}px)`);
      if (l.scrollBox && l.scrollBox.scrollWidth > l.scrollBox.clientWidth)
        problems.push(`findings table overflows its box: ${l.scrollBox.scrollWidth} > ${l.scrollBox.clientWidth}px`);
      const names = l.columns.map((c) => c.name);
      expect(names).toContain("Why");
      for (const c of l.columns)
        if (c.width < 20 || c.left < 0 || c.right > l.innerWidth + 0.5)
          problems.push(`column ${c.name} not visible: ${c.left}..${c.right}px`);
      if (l.cellsOutside > 0) problems.push(`${l.cellsOutside} cells end past the viewport`);
      expect(fs.statSync(screenshot).size).toBeGreaterThan(1000);
      if (problems.length) failed = true;
      expect({ width, screenshot, problems }).toEqual({ width, screenshot, problems: [] });
    },
    60_000,
  );
});
