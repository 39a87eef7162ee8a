#!/usr/bin/env node
// npm run i18n:check — fails when a UI string is missing, stale or broken in
// any locale, or when the generated runtime modules are out of date.
//
// 1. Extracts every msg() from src/ into a scratch copy of content/xliff/ and
//    compares the message ids with the committed files: a string added to the
//    code but not to the XLIFF (or removed from the code but still there)
//    fails, with the command that fixes it.
// 2. Every <trans-unit> must have a <target> with exactly the placeholders
//    of its <source>.
// 3. Builds the runtime modules into a scratch folder and compares them with
//    src/i18n/locales/: translations edited without `npm run i18n:build` fail.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const xliffDir = config.interchange.xliffDir;
const outDir = config.output.outputDir;
const scratch = 'bench/.build/i18n-check';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, 'xliff'), { recursive: true });
cpSync(xliffDir, join(scratch, 'xliff'), { recursive: true });
const scratchConfig = join(scratch, 'lit-localize.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    // Paths in a config are relative to the config's folder.
    inputFiles: config.inputFiles.map((f) => join('../../..', f)),
    // (localeCodesModule is resolved from the working directory.)
    output: { ...config.output, outputDir: 'locales', localeCodesModule: join(scratch, 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: 'xliff' },
  }),
);
const run = (cmd) => execFileSync('npx', ['lit-localize', cmd, '--config', scratchConfig], { encoding: 'utf8', stdio: 'pipe' });

const units = (file) =>
  new Map(
    [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map((m) => [m[1], m[2]]),
  );
const placeholders = (xml) => [...(xml ?? '').matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');

const problems = [];
run('extract');
for (const locale of config.targetLocales) {
  const file = `${locale}.xlf`;
  const committed = units(join(xliffDir, file));
  const extracted = units(join(scratch, 'xliff', file));
  const added = [...extracted.keys()].filter((id) => !committed.has(id));
  const removed = [...committed.keys()].filter((id) => !extracted.has(id));
  for (const id of added)
    problems.push(`${locale}: "${/<source>([\s\S]*?)<\/source>/.exec(extracted.get(id))?.[1]}" (${id}) is in the code but not in ${xliffDir}/${file}`);
  for (const id of removed) problems.push(`${locale}: ${id} is in ${xliffDir}/${file} but no longer in the code`);
  for (const [id, body] of committed) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (!target?.trim()) problems.push(`${locale}: "${source}" (${id}) has no translation`);
    else if (placeholders(source) !== placeholders(target))
      problems.push(`${locale}: "${source}" (${id}) has placeholders ${placeholders(source) || 'none'} but its translation has ${placeholders(target) || 'none'}`);
  }
}
if (problems.length) {
  console.error(`UI strings: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  console.error(`\nRun \`npm run i18n:extract\`, translate every new <trans-unit> in ${xliffDir}/, then \`npm run i18n:build\`.`);
  process.exit(1);
}

// The committed runtime modules must be what the committed XLIFF builds to.
run('build');
for (const name of readdirSync(join(scratch, 'locales'))) {
  if (readFileSync(join(scratch, 'locales', name), 'utf8') !== readFileSync(join(outDir, name), 'utf8')) {
    console.error(`${outDir}/${name} is out of date: run \`npm run i18n:build\`.`);
    process.exit(1);
  }
}
const count = units(join(xliffDir, `${config.targetLocales[0]}.xlf`)).size;
console.log(`UI strings: ${count} messages, translated into ${config.targetLocales.join(', ')}; runtime modules up to date.`);
