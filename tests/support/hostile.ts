/**
 * The hostile host page every element must survive: global resets, huge type, hidden buttons,
 * invisible links, and rules aimed at the element's own tag names. And what hostile feed text must never
 * put into an element (`unsafeMarkup`), for the hostile-HTML and hostile-feed corpora.
 */
export const HOSTILE_CSS = `
  * { font-size: 30px !important; color: red; letter-spacing: 9px; text-transform: uppercase; line-height: 4;
      font-family: "Comic Sans MS", cursive; box-sizing: content-box; margin: 20px; }
  html, body { all: unset; }
  button { display: none !important; }
  a { color: transparent !important; }
  input, select, textarea { width: 5px !important; opacity: 0.1; }
  p, li, h2, h3 { margin: 50px !important; padding: 30px; }
  table, td, th { border: 9px dashed hotpink; }
  svg { display: none; }
  [class], [part], [role] { background: yellow !important; visibility: hidden; }
  place-directory, place-plan, place-connector, place-feedback { display: inline; width: 50px; font-size: 40px; }
`;

/** Installs the hostile stylesheet until the returned function is called. */
export function installHostileStyles(): () => void {
  const style = document.createElement('style');
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
  return () => style.remove();
}

const SAFE_LINK = /^(https?:|mailto:|tel:|sms:|blob:)/i;
const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, base, meta, link, style, math, video, audio, source, marquee, isindex, noscript, template, img:not(.photo), svg a, svg script, svg foreignObject, svg animate, svg set';

/**
 * Everything a hostile feed could have put into a shadow root (and the shadow roots inside it): event
 * handler attributes, unsafe addresses, frames, scripts, styles and the like. Empty when there is none.
 */
export function unsafeMarkup(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const visit = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      for (const attribute of el.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'].includes(name) && !SAFE_LINK.test(attribute.value.trim()))
          found.push(`<${el.localName} ${name}="${attribute.value}">`);
        if (name === 'srcdoc' || (name === 'style' && /url\(|javascript|expression/i.test(attribute.value))) found.push(`<${el.localName} ${name}>`);
      }
      if (el.matches(FORBIDDEN)) found.push(`<${el.localName}>`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}
