/**
 * The docs hold together: every relative link in README.md and docs/ leads to a file or folder of the
 * repository, and every `#anchor` to a heading (or an `id`) in the page it names, as GitHub makes them;
 * every element in an HTML snippet of README, docs/ and the catalogue's guides is one placekit defines,
 * written with attributes it has (from dist/custom-elements.json, which npm test builds first).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { declarationOf, publicManifest } from '../../scripts/public-manifest.mjs';
import { docFiles } from '../../scripts/docs.mjs';

const FENCE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;

/** A page's text without its code blocks, inline code spans and HTML comments: where links are not links. */
const prose = (text) =>
  text
    .replace(FENCE, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, '');

/** The anchors GitHub gives a page's headings (lower case, punctuation dropped, spaces as hyphens, repeats numbered), and its explicit ids. */
export function anchors(text) {
  const seen = new Map();
  const found = new Set();
  for (const [, heading] of text.replace(FENCE, '').matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const plain = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, (tag) => (/^<\/?[a-z][\w-]*(\s[^>]*)?>$/i.test(tag) && !heading.includes(`\`${tag}`) ? '' : tag))
      .replace(/`([^`]*)`/g, '$1');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    found.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) found.add(id);
  return found;
}

/** Every link of a page that points into the repository: `[text](target)` and `href="target"`. */
function relativeLinks(text) {
  const targets = [
    ...[...prose(text).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...prose(text).matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]),
  ];
  return targets.filter((target) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target));
}

/** The HTML code blocks of a page (README, docs/ and the guides' MDX). */
const htmlBlocks = (text) => [...text.matchAll(/^```html\n([\s\S]*?)^```/gm)].map((m) => m[1]);

const guides = () =>
  readdirSync('stories/guides')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join('stories/guides', name));

/** Attributes any HTML element may have: they need no documenting. */
const GLOBAL = /^(?:id|class|style|hidden|lang|dir|title|slot|part|tabindex|inert|translate|data-[\w-]+|aria-[\w-]+)$/;

describe('docs links', () => {
  const files = docFiles();

  it('reads README and the docs pages', () => {
    for (const page of ['README.md', 'docs/embedding.md', 'docs/feed-format.md', 'docs/publisher-tool.md', 'docs/receiver.md', 'docs/performance.md']) {
      assert.ok(files.includes(page), page);
    }
  });

  it('lead to files that exist, and to headings that exist', () => {
    const problems = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const link of relativeLinks(text)) {
        const [path, anchor] = link.split('#');
        const target = path ? normalize(join(dirname(file), decodeURI(path))) : file;
        if (!existsSync(target)) {
          problems.push(`${file}: ${link}: ${target} does not exist`);
          continue;
        }
        if (anchor === undefined) continue;
        if (statSync(target).isDirectory() || !target.endsWith('.md')) {
          problems.push(`${file}: ${link}: an anchor into ${target}, which is not a markdown page`);
        } else if (!anchors(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))) {
          problems.push(`${file}: ${link}: ${target} has no heading #${anchor}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('are checked: a link to a missing file or heading is found', () => {
    assert.deepEqual(relativeLinks('See [a](docs/x.md#y), `[not](a-link.md)` and <a href="../z.html">z</a>, [web](https://example.org).'), [
      'docs/x.md#y',
      '../z.html',
    ]);
    const page =
      "# `<place-plan>`\n## Search: placekit's own index, not a library\n## Formatted text (`src/ui/rich-text.ts`)\n## Decisions\n## Decisions\n```md\n## Not a heading\n```\n";
    assert.deepEqual(
      [...anchors(page)],
      ['place-plan', 'search-placekits-own-index-not-a-library', 'formatted-text-srcuirich-textts', 'decisions', 'decisions-1'],
    );
  });
});

describe('docs snippets', () => {
  it('use only elements placekit defines, with attributes they have', () => {
    const manifest = publicManifest(JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')));
    const problems = [];
    let checked = 0;
    for (const file of [...docFiles(), ...guides()]) {
      for (const block of htmlBlocks(readFileSync(file, 'utf8'))) {
        for (const [, tag, attributes] of block.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(place-[a-z-]+)\b([^>]*)>/g)) {
          checked += 1;
          const declaration = declarationOf(manifest, tag);
          if (!declaration) {
            problems.push(`${file}: <${tag}> is not a placekit element`);
            continue;
          }
          const known = new Set((declaration.attributes ?? []).map((a) => a.name));
          for (const [, name] of attributes.matchAll(/([^\s=]+)(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
            if (!known.has(name) && !GLOBAL.test(name)) problems.push(`${file}: <${tag} ${name}>: ${tag} has no attribute "${name}"`);
          }
        }
      }
    }
    assert.ok(checked >= 10, `only ${checked} elements found in the docs' HTML snippets`);
    assert.deepEqual(problems, []);
  });
});
