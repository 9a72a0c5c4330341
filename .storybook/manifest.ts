/**
 * The custom-elements manifest as the catalogue shows it, and what the docs pages and controls are made of.
 *
 * - Only the public API (`publicManifest` from scripts/public-manifest.mjs, the same filter the element
 *   reference in docs/ is written with): members marked private, protected, static or `@internal` are
 *   left out, and a default value that is code rather than a value is not shown.
 * - Every attribute gets a control from its type (text, number, on/off, or a choice for a union of
 *   literals), so a new attribute has a working control without editing any story: the decorator in
 *   preview.ts sets it on the element and the snippet follows.
 * - Properties, events, slots (the default slot included, which Storybook's own reader leaves out
 *   because it has no name), parts and CSS custom properties are listed with their descriptions,
 *   without controls (they are documentation, not something a story can set).
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { Manifest, ManifestDeclaration as Declaration, ManifestItem as Item } from '../scripts/public-manifest.mjs';

export { publicManifest } from '../scripts/public-manifest.mjs';

let current: Manifest | undefined;
export function useManifest(manifest: unknown): void {
  current = manifest as Manifest;
}

export function declarationOf(tagName: string): Declaration | undefined {
  for (const module of current?.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/** The attribute names an element documents (the ones a page author can write). */
export function attributeNames(tagName: string): string[] {
  return (declarationOf(tagName)?.attributes ?? []).map((a) => a.name);
}

/** `'card' | 'compact'` gives ['card', 'compact']; anything that is not a union of string literals gives undefined. */
function literalOptions(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length < 2 || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

function attributeControl(type: string): ArgTypes[string]['control'] {
  const bare = type.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (bare === 'boolean') return { type: 'boolean' };
  if (bare === 'number') return { type: 'number' };
  const options = literalOptions(type);
  if (options) return { type: 'select' };
  return { type: 'text' };
}

const row = (category: string, item: Item, extra: Partial<ArgTypes[string]> = {}): ArgTypes[string] => ({
  name: item.name,
  description: item.description ?? item.summary ?? '',
  // Not `false`: Storybook shows a "Setup controls" link to its own website for that.
  control: { disable: true },
  table: {
    category,
    ...(item.type?.text && { type: { summary: item.type.text } }),
    ...(item.default !== undefined && { defaultValue: { summary: item.default } }),
  },
  ...extra,
});

/**
 * Storybook's `extractArgTypes` for an element, from the public manifest. Attribute rows are keyed by the
 * attribute's name (the stories' args use the same names); the other rows by category, so that a part
 * and an attribute of the same name both appear.
 */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const d = declarationOf(tagName);
  if (!d) return null;
  const argTypes: ArgTypes = {};
  for (const a of d.attributes ?? []) {
    const type = a.type?.text ?? 'string';
    const options = literalOptions(type);
    argTypes[a.name] = row('attributes', a, { control: attributeControl(type), ...(options && { options: ['', ...options] }) });
  }
  const attributeOf = new Map((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName!, a.name]));
  for (const m of d.members ?? []) {
    if (m.kind !== 'field') continue;
    const attribute = attributeOf.get(m.name);
    const description = [m.description ?? m.summary ?? '', attribute ? `(The \`${attribute}\` attribute sets it.)` : ''].filter(Boolean).join(' ');
    argTypes[`property:${m.name}`] = row('properties', { ...m, description });
  }
  for (const e of d.events ?? []) argTypes[`event:${e.name}`] = row('events', e, { table: { category: 'events' } });
  for (const s of d.slots ?? []) {
    const name = s.name || '(default)';
    const description = s.name ? s.description : `The default slot: whatever is written between the element's tags. ${s.description ?? ''}`;
    argTypes[`slot:${name}`] = row('slots', { ...s, name, description });
  }
  for (const p of d.cssParts ?? []) argTypes[`part:${p.name}`] = row('css shadow parts', p, { table: { category: 'css shadow parts' } });
  for (const c of d.cssProperties ?? []) argTypes[`css:${c.name}`] = row('css custom properties', c, { table: { category: 'css custom properties' } });
  return argTypes;
}

/** The element's description from the manifest, for the top of its docs page. */
export function extractComponentDescription(tagName: string): string | undefined {
  const d = declarationOf(tagName);
  return d?.description || d?.summary;
}
