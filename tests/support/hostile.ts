/**
 * The hostile host page every element must survive: global resets, huge type, hidden buttons,
 * invisible links, and rules aimed at the element's own tag names.
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
