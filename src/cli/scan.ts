import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, extensionDir } from './built-extension';
import { endQuietlyWhenStdoutCloses } from './closed-pipe';
import { BROWSER_VARIABLES, findBrowser, thisMachine } from './find-browser';
import { pageToOpen } from './page-to-open';
import { parseScanArgs, SCAN_USAGE } from './run-options';
import { scanPage } from './scan-page';
import { formatReport, reportJson } from './scan-report';

// npm run scan -- [file.html | http://127.0.0.1:PORT/page] [--json] [--browser firefox] [--no-build]
// Progress and problems go to stderr; stdout holds only the table (or the JSON).

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

endQuietlyWhenStdoutCloses();
const parsed = parseScanArgs(process.argv.slice(2));
if (!parsed.ok) {
  if ('help' in parsed) {
    console.log(SCAN_USAGE);
    process.exit(0);
  }
  fail(`${parsed.error}\n${SCAN_USAGE}`, 2);
}
const { browser: kind, page, json, noBuild } = parsed.options;
const name = kind === 'firefox' ? 'Firefox' : 'Chrome or Chromium';

const executable = findBrowser(kind, thisMachine());
if (!executable)
  fail(
    `No ${name} found. The scan runs Receipts in a real (headless) browser: install ${name}, or name its executable in ${BROWSER_VARIABLES[kind].join(' or ')}.`,
  );

if (noBuild) {
  if (!existsSync(join(extensionDir(kind), 'manifest.json')))
    fail(`No build in ${extensionDir(kind)}: run npm run build first.`);
} else if (!ensureBuilt(kind, (line) => console.error(line))) fail('The build failed; see above.');

const opened = await pageToOpen(page);
if ('error' in opened) fail(opened.error);
const { url, server } = opened;

console.error(`Scanning ${url} with Receipts in headless ${kind === 'firefox' ? 'Firefox' : 'Chromium'}…`);
try {
  const report = await scanPage(url, kind, executable);
  process.stdout.write(
    json
      ? `${JSON.stringify(reportJson(report), null, 2)}\n`
      : formatReport(report, Math.min(120, Math.max(72, process.stdout.columns ?? 100))),
  );
} catch (error) {
  console.error(`The scan failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await server?.close();
}
