import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt, { type LintMessage } from 'web-ext';

// Lints the built Firefox package the way addons.mozilla.org does (web-ext lint), and fails on any
// error and on any warning other than the one known to be harmless: Preact's renderer assigns
// innerHTML, but only for dangerouslySetInnerHTML, which Receipts never uses. Any other warning,
// such as our own code assigning innerHTML, is new and fails the run.
// Usage: npm run lint:firefox [-- <firefox build dir>]; RECEIPTS_OUT_DIR picks the output folder.

const sourceDir = process.argv[2] ?? join(process.env.RECEIPTS_OUT_DIR ?? '.output', 'firefox-mv2');

/** A warning in bundled Preact: innerHTML assigned from the `__html` of dangerouslySetInnerHTML. */
function isPreactInnerHtml(warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line) return false;
  const line = readFileSync(join(sourceDir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const at = warning.column ?? 0;
  return /innerHTML\s*=\s*\w+\.__html/.test(line.slice(Math.max(0, at - 80), at + 80));
}

const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
const known = result.warnings.filter(isPreactInnerHtml);
const unexpected = [...result.errors, ...result.warnings.filter((w) => !known.includes(w))];
const where = (m: LintMessage) => [m.file, m.line, m.column].filter((p) => p !== undefined).join(':');
for (const m of unexpected) console.error(`${m.code} ${where(m)}: ${m.message}`);
const { errors, warnings, notices } = result.summary;
console.log(
  `web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings (${known.length} known: Preact's innerHTML), ${notices} notices`,
);
if (unexpected.length > 0) process.exit(1);
