/**
 * Generates dist/custom-elements.json from the elements' JSDoc (attributes, events, slots, parts, CSS
 * properties), for the files the package ships:
 * - each event's type is `CustomEvent<Detail>`, the detail type read from `PlaceEventMap` (src/ui/events.ts
 *   and each element's `declare module` beside it), so it is written once, in the code;
 * - module paths name the npm build's files (`dist/lib/place-plan/place-plan.js`), not src/*.ts, which the
 *   package does not ship. scripts/docs.mjs maps them back to the source when it names the JSDoc's file.
 *   Modules with no file of their own in dist/lib (types only) are left out. Run after the npm build.
 */
import { existsSync } from 'node:fs';

const shipped = (path) => path.replace(/^src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');

/** `PlaceEventMap`'s entries, wherever the interface is declared or augmented: event name → detail type. */
function eventDetails() {
  const details = new Map();
  return {
    name: 'placekit-event-details',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.getText() !== 'PlaceEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) details.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (detail) event.type = { text: `CustomEvent<${detail}>` };
            else missing.push(`${declaration.name}: ${event.name}`);
          }
        }
      }
      if (missing.length > 0) throw new Error(`events without a detail type in PlaceEventMap: ${missing.join(', ')}`);
    },
  };
}

/** Paths of the shipped files, everywhere the manifest names a module. */
function shippedPaths() {
  const fix = (reference) => {
    if (reference && typeof reference.module === 'string') reference.module = shipped(reference.module);
  };
  return {
    name: 'placekit-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => existsSync(shipped(module.path)));
      for (const module of customElementsManifest.modules) {
        module.path = shipped(module.path);
        for (const item of module.exports ?? []) fix(item.declaration);
        for (const declaration of module.declarations ?? []) {
          fix(declaration.superclass);
          for (const group of ['members', 'attributes', 'events', 'mixins']) for (const entry of declaration[group] ?? []) fix(entry.inheritedFrom);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/ui/locales/**', 'src/ui/locale-codes.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [eventDetails(), shippedPaths()],
};
