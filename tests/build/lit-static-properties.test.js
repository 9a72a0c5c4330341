/**
 * The build's rewrite of lit's property decorators as `static properties` (scripts/lit-static-properties.mjs).
 * The built elements themselves are exercised by tests/build/dist.test.ts and the Storybook story check.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../scripts/minify-templates.mjs';
import { staticPropertyEdits } from '../../scripts/lit-static-properties.mjs';

const rewrite = (code) => applyEdits(code, staticPropertyEdits(code), 'x.ts').code;

describe('lit decorators as static properties', () => {
  it('moves @property and @state options into static properties and keeps the fields', () => {
    const code = [
      "import { LitElement } from 'lit';",
      "import { property, state } from 'lit/decorators.js';",
      'export class A extends LitElement {',
      '  /** Results per page. */',
      "  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;",
      '  @property() area?: string;',
      "  /** @internal */ @state() private query = '';",
      '  @state({ hasChanged: () => true }) private always = 0;',
      '}',
    ].join('\n');
    const out = rewrite(code);
    assert.match(
      out,
      /class A extends LitElement \{ static properties = \{ pageSize: \{ type: Number, attribute: 'page-size' \}, area: \{\}, query: \{ state: true \}, always: \{ \.\.\.\{ hasChanged: \(\) => true \}, state: true \} \};/,
    );
    assert.match(out, /\n {2}pageSize = 10;\n {2}area\?: string;\n {2}\/\*\* @internal \*\/ private query = '';\n {2}private always = 0;/);
    assert.doesNotMatch(out, /@property|@state/);
  });

  it('leaves a class alone when it has another decorator or properties of its own', () => {
    const other = "import { property, query } from 'lit/decorators.js';\nclass B extends X {\n  @property() a = 1;\n  @query('#x') x;\n}";
    assert.deepEqual(staticPropertyEdits(other), []);
    const own = "import { property } from 'lit/decorators.js';\nclass C extends X {\n  static properties = { b: {} };\n  @property() a = 1;\n}";
    assert.deepEqual(staticPropertyEdits(own), []);
  });

  it('ignores decorators that are not lit’s', () => {
    assert.deepEqual(staticPropertyEdits("import { property } from './mine.js';\nclass D {\n  @property() a = 1;\n}"), []);
  });
});
