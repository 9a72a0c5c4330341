/**
 * The custom-elements manifest with only what a page author can use: members marked private, protected,
 * static or `@internal` (or named `_...`) are left out, and a default value that is code
 * (`new FeedController(this, …)`) rather than a value is not shown.
 *
 * One filter for everything made from the manifest: Storybook's docs pages (.storybook/manifest.ts),
 * the element reference in docs/ (scripts/docs.mjs) and the story check (scripts/check-stories.mjs).
 */

const INTERNAL = /@internal\b/;

/** True for a member, attribute or event a page author may use. */
export function isPublic(item) {
  return (
    item.privacy !== 'private' &&
    item.privacy !== 'protected' &&
    !item.static &&
    !item.name.startsWith('_') &&
    !INTERNAL.test(`${item.description ?? ''} ${item.summary ?? ''}`)
  );
}

/** A default worth showing is a value (a string, number, boolean, null, empty list); code is not. */
const LITERAL = /^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null|\[\]|\{\})$/;

function tidy(item) {
  const copy = { ...item };
  if (copy.default !== undefined && !LITERAL.test(copy.default.trim())) delete copy.default;
  return copy;
}

/** The manifest with only the public API (see above). */
export function publicManifest(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isPublic).map(tidy),
        attributes: declaration.attributes?.filter(isPublic).map(tidy),
        events: declaration.events?.filter(isPublic),
      })),
    })),
  };
}

/** Every class declaration in the manifest, with the path of the module that declares it. */
export function declarations(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })));
}

/** The declaration of an element by its tag name, or of a class by its name. */
export function declarationOf(manifest, name) {
  return declarations(manifest).find((d) => d.tagName === name || (!d.tagName && d.name === name));
}
