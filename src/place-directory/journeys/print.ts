/**
 * Prints one part of the directory alone (a listing's details, or My list), from a frame holding a copy
 * of it with placekit's own styles: an element cannot change the host page's print stylesheet, so
 * printing the page would print all of it.
 */
import type { CSSResult } from 'lit';
import { currentLocale } from '../../ui/localize.js';

export function printPart(part: Element, title: string, styles: readonly CSSResult[]): void {
  const root = part.getRootNode() as ShadowRoot;
  root.querySelector('iframe.print')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;inset:auto 0 0 auto;width:0;height:0;border:0';
  root.append(frame);
  const view = frame.contentWindow as unknown as typeof globalThis;
  const doc = view.document;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(styles.map((s) => s.cssText).join(''));
  doc.adoptedStyleSheets = [sheet];
  doc.documentElement.lang = currentLocale();
  doc.title = title;
  const page = doc.createElement('div');
  page.className = 'root';
  page.append(doc.importNode(part, true));
  doc.body.append(page);
  view.addEventListener('afterprint', () => frame.remove());
  view.print();
}
