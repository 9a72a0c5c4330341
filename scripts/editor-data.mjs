#!/usr/bin/env node
/**
 * What editors and JSX need to know about the elements, made from dist/custom-elements.json (npm run build
 * runs this after the manifest), so the API is typed once, in the JSDoc and the code:
 *
 *   dist/vscode.html-custom-data.json   VS Code's HTML custom data: tags, attributes, descriptions
 *   dist/web-types.json                 JetBrains web-types: the same, with events, slots, parts, CSS properties
 *   dist/lib/react.d.ts                 JSX IntrinsicElements for React 19 (`import type {} from 'placekit/react'`)
 *   dist/lib/preact.d.ts                the same for Preact 11 (`import type {} from 'placekit/preact'`)
 *
 * In JSX, each element takes its attributes (by attribute name, and by property name where that differs:
 * React 19 and Preact set a property when the element has one), `on<event-name>` listeners typed with the
 * event's detail (React 19 and Preact add a listener for an `on...` prop on a custom element), and the
 * framework's usual HTML attributes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { declarations, publicManifest } from './public-manifest.mjs';

const MANIFEST = 'dist/custom-elements.json';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = publicManifest(JSON.parse(readFileSync(MANIFEST, 'utf8')));
const elements = declarations(manifest)
  .filter((d) => d.tagName?.startsWith('place-'))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();
const docsUrl = (tag) => `${pkg.homepage.replace(/#.*$/, '')}/blob/main/docs/elements/${tag}.md`;

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: oneLine(d.summary ?? d.description),
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: oneLine(a.description),
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'Guide and reference', url: docsUrl(d.tagName) }],
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  framework: 'lit',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: d.summary ?? d.description ?? '',
        'doc-url': docsUrl(d.tagName),
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          ...(a.default !== undefined ? { default: a.default } : {}),
          value: a.type?.text === 'boolean' ? { type: 'boolean', required: false } : { type: a.type?.text ?? 'string' },
        })),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type ? { value: { type: e.type.text } } : {}) })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        css: {
          properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
};

/** The JSX declarations for one framework: `module` is the package whose JSX namespace to extend. */
function jsx(framework) {
  const from = (path) => `./${relative('dist/lib', path)}`;
  const imports = elements.map((d) => `import type { ${d.name} } from '${from(d.path)}';`);
  const base = framework === 'react' ? (name) => `DetailedHTMLProps<HTMLAttributes<${name}>, ${name}>` : (name) => `HTMLAttributes<${name}>`;
  const props = elements.map((d) => {
    const lines = [];
    for (const a of d.attributes ?? []) {
      const doc = `  /** ${oneLine(a.description).replace(/\*\//g, '*\\/')} */`;
      if (a.fieldName) {
        lines.push(doc, `  ${a.fieldName}?: ${d.name}['${a.fieldName}'];`);
        if (a.name !== a.fieldName) lines.push(doc, `  '${a.name}'?: string | number | boolean;`);
      } else lines.push(doc, `  '${a.name}'?: string | number | boolean;`);
    }
    for (const e of d.events ?? []) {
      lines.push(`  /** ${oneLine(e.description).replace(/\*\//g, '*\\/')} */`, `  'on${e.name}'?: (event: PlaceEvent<'${e.name}'>) => void;`);
    }
    return `/** \`<${d.tagName}>\`: ${oneLine(d.summary ?? d.description).replace(/\*\//g, '*\\/')} */\ntype ${d.name}Props = ${base(d.name)} & {\n${lines.join('\n')}\n};`;
  });
  const entries = elements.map((d) => `        '${d.tagName}': ${d.name}Props;`);
  const reactImports =
    framework === 'react' ? "import type { DetailedHTMLProps, HTMLAttributes } from 'react';" : "import type { HTMLAttributes } from 'preact';";
  // React's JSX namespace is augmented through its module; Preact's (11) through its global namespace, as its docs say.
  const augment = framework === 'react' ? "declare module 'react' {\n  namespace JSX {" : 'declare global {\n  namespace preact.JSX {';
  return `/**
 * JSX types for placekit's elements in ${framework === 'react' ? 'React 19' : 'Preact 11'}: import once, for types only:
 *   import type {} from 'placekit/${framework}';
 * Written by scripts/editor-data.mjs from the custom-elements manifest (npm run build): do not edit.
 */
${reactImports}
import type { PlaceEventMap } from './ui/events.js';
${imports.join('\n')}

type PlaceEvent<K extends keyof PlaceEventMap> = CustomEvent<PlaceEventMap[K]>;

${props.join('\n')}

${augment}
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}

export {};
`;
}

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
writeFileSync('dist/lib/react.d.ts', jsx('react'));
writeFileSync('dist/lib/preact.d.ts', jsx('preact'));
console.log(`editor data: ${elements.length} elements`);
