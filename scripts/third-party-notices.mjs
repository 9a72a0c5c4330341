/**
 * A build plugin that writes the licence notices for the third-party code a build bundles (lit, zod...):
 * every package with a module in the output, its version, licence and the licence text from the package
 * itself, into one text file beside the output. The build fails when a bundled package has no licence
 * field or no licence file, so nothing ships without its notice. tests/build/licences.test.js checks the
 * file against the packages the source maps name.
 *
 *   thirdPartyNotices({ fileName: 'THIRD-PARTY-NOTICES.txt', title: 'dist/placekit.js and the files beside it' })
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i;

/** The package a file in node_modules belongs to: its folder and package.json (the nearest with a name). */
export function packageOf(file) {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`);
  if (at === -1) return undefined;
  const rest = file.slice(at + '/node_modules/'.length).split(sep);
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  const folder = join(file.slice(0, at), 'node_modules', ...name.split('/'));
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  return { folder, pkg };
}

/** The notice for one package, or a problem (no licence field, no licence file). */
export function notice(folder, pkg) {
  const licence = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type;
  const files = readdirSync(folder).filter((f) => LICENCE_FILE.test(f));
  if (!licence) return { problem: `${pkg.name} ${pkg.version} has no licence in its package.json` };
  if (files.length === 0) return { problem: `${pkg.name} ${pkg.version} (${licence}) has no licence file to copy` };
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const texts = files.map((f) => readFileSync(join(folder, f), 'utf8').trim());
  return {
    text: [`${pkg.name} ${pkg.version}`, `Licence: ${licence}`, ...(repository ? [`Source: ${repository.replace(/^git\+/, '')}`] : []), '', ...texts].join(
      '\n',
    ),
  };
}

/** The whole file: a heading, then one notice per package, sorted by name. */
export function noticesText(packages, title) {
  const problems = [];
  const blocks = [];
  for (const { folder, pkg } of [...packages.values()].sort((a, b) => a.pkg.name.localeCompare(b.pkg.name))) {
    const result = notice(folder, pkg);
    if (result.problem) problems.push(result.problem);
    else blocks.push(result.text);
  }
  const rule = '-'.repeat(78);
  const head = [
    `Third-party software in ${title}`,
    '',
    `placekit itself is under the MIT licence (LICENSE). ${title} also contains code from the packages below, each under its own`,
    'licence, reproduced here as each package ships it.',
    '',
    `Packages: ${[...packages.values()]
      .map(({ pkg }) => `${pkg.name} ${pkg.version}`)
      .sort()
      .join(', ')}`,
  ].join('\n');
  return { problems, text: `${[head, ...blocks].join(`\n\n${rule}\n\n`)}\n` };
}

export function thirdPartyNotices({ fileName, title }) {
  return {
    name: 'placekit-third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Map();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const file = id.split('?')[0].replace(/^\0/, '');
          if (!existsSync(file)) continue;
          const found = packageOf(file);
          if (found && !packages.has(found.folder)) packages.set(found.folder, found);
        }
      }
      const { problems, text } = noticesText(packages, title);
      if (problems.length > 0) this.error(`third-party notices: ${problems.join('; ')}`);
      this.emitFile({ type: 'asset', fileName, source: text });
    },
  };
}
