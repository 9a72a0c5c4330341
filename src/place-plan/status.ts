/**
 * Each action status as a text label and an icon shape of its own, so colour is never the only cue:
 * a tick in a disc (complete), an arrow (on track), a triangle (minor slippage), a diamond with a bar
 * (major slippage), an empty ring (not started), a clock (reported later) and a dashed square (not
 * reported). Icons are decorative (`aria-hidden`); the label carries the meaning.
 */
import { html, svg, type TemplateResult } from 'lit';
import { msg } from '../ui/localize.js';
import type { StatusKey } from './progress.js';

export function statusLabel(status: StatusKey): string {
  switch (status) {
    case 'complete':
      return msg('Complete');
    case 'on_track':
      return msg('On track');
    case 'minor_slippage':
      return msg('Minor slippage');
    case 'major_slippage':
      return msg('Major slippage');
    case 'not_started':
      return msg('Not started');
    case 'reported_later':
      return msg('Reported later');
    default:
      return msg('Status not reported');
  }
}

const SHAPES: Record<StatusKey, TemplateResult> = {
  complete: svg`<circle cx="8" cy="8" r="7.5" class="fill"></circle><path d="M4.2 8.3l2.6 2.6 5-5.2" class="cut"></path>`,
  on_track: svg`<path d="M1 5.5h7v-4.5l7 7-7 7v-4.5h-7z" class="fill"></path>`,
  minor_slippage: svg`<path d="M8 .8l7.4 14.2h-14.8z" class="fill"></path>`,
  major_slippage: svg`<path d="M8 .3l7.7 7.7-7.7 7.7-7.7-7.7z" class="fill"></path><path d="M4.5 8h7" class="cut"></path>`,
  not_started: svg`<circle cx="8" cy="8" r="6.5" class="ring"></circle>`,
  reported_later: svg`<circle cx="8" cy="8" r="6.5" class="ring"></circle><path d="M8 4v4.3l2.8 1.8" class="ring"></path>`,
  none: svg`<rect x="1.5" y="1.5" width="13" height="13" class="ring dashed"></rect>`,
};

export function statusIcon(status: StatusKey): TemplateResult {
  return html`<svg class="status-icon ${status}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}
