// Home-made: no library packs a WordPress plugin zip from our files (archiver and jszip are only other tools' dependencies here), so the `zip` CLI does.
//
// Builds dist/knee-pain-widgets-wordpress.zip, the installable WordPress
// plugin: integrations/wordpress/knee-pain-widgets/ with the self-contained
// classic script (dist/knee-pain-widgets.iife.js, from `npm run build`) copied
// into its assets/, the project's version stamped into its header and readme,
// and LICENSE. Run it through `npm run wordpress:zip`, which builds first.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const slug = 'knee-pain-widgets';
const source = join(root, 'integrations/wordpress', slug);
const script = join(root, 'dist/knee-pain-widgets.iife.js');
const out = join(root, 'dist/knee-pain-widgets-wordpress.zip');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const fail = (message) => {
  console.error(`build-wordpress-plugin: ${message}`);
  process.exit(1);
};

if (!existsSync(script)) fail(`${relative(root, script)} is missing: run \`npm run build\` first (or \`npm run wordpress:zip\`, which does).`);
try {
  execFileSync('zip', ['-v'], { stdio: 'ignore' });
} catch {
  fail('the `zip` command is missing. Install it with: sudo apt-get install -y zip');
}

// The zip holds one folder named after the plugin, as WordPress expects.
const stage = mkdtempSync(join(tmpdir(), 'kpw-zip-'));
const target = join(stage, slug);
const files = [];
const copyTree = (from, to) => {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).sort()) {
    if (name.startsWith('.')) continue;
    const f = join(from, name);
    if (statSync(f).isDirectory()) copyTree(f, join(to, name));
    else {
      copyFileSync(f, join(to, name));
      files.push(join(to, name));
    }
  }
};
copyTree(source, target);
// The script is copied in here, at build time, never into the source folder
// (it is a build output, and the linters would read it there).
mkdirSync(join(target, 'assets'), { recursive: true });
copyFileSync(script, join(target, 'assets/knee-pain-widgets.iife.js'));
files.push(join(target, 'assets/knee-pain-widgets.iife.js'));
copyFileSync(join(root, 'LICENSE'), join(target, 'license.txt'));
files.push(join(target, 'license.txt'));

// One version everywhere: package.json's.
const stamp = (file, pairs) => {
  let text = readFileSync(file, 'utf8');
  for (const [re, replacement] of pairs) {
    if (!re.test(text)) fail(`${relative(target, file)}: no ${re} to stamp the version into`);
    text = text.replace(re, replacement);
  }
  writeFileSync(file, text);
};
stamp(join(target, `${slug}.php`), [
  [/^( \* Version:\s+).*$/m, `$1${version}`],
  [/define\( 'KPW_VERSION', '[^']*' \);/, `define( 'KPW_VERSION', '${version}' );`],
]);
stamp(join(target, 'readme.txt'), [[/^(Stable tag:\s+).*$/m, `$1${version}`]]);

// The same bytes for the same files: fixed dates, no extra attributes, sorted names.
const epoch = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 315619200) * 1000);
for (const f of files) utimesSync(f, epoch, epoch);
rmSync(out, { force: true });
const names = files.map((f) => relative(stage, f)).sort();
execFileSync('zip', ['-X', '-D', '-q', '-9', out, ...names], { cwd: stage, stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });

const kib = (statSync(out).size / 1024).toFixed(1);
console.log(`${relative(root, out)}: ${kib} KiB, ${names.length} files (WordPress plugin ${slug} ${version})`);
