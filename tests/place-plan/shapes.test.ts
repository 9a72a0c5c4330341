/**
 * Every action status and every indicator verdict keeps a shape of its own, on screen and in forced
 * colours (Windows contrast themes, emulated through the DevTools protocol), judged on what was actually
 * painted (a screenshot): forced colours drop backgrounds and recolour borders, which turned a filled
 * "On course" disc into a ring and the table toggle's triangle into a square.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed } from '../support/fixtures.js';
import { $, $$, planElement, text } from './helpers.js';

const forcedColours = (on: boolean) => executeServerCommand('emulate-forced-colors', { active: on });

afterEach(async () => {
  await forcedColours(false);
  await setViewport({ width: 800, height: 600 });
});

const STATUSES = ['complete', 'on_track', 'minor_slippage', 'major_slippage', 'not_started', 'reported_later', undefined];
const value = (date: string, n: number) => ({ date, value: n });

/** One priority with an action in every status and an indicator for every verdict (today's date does not matter). */
const FEED = feedDataUrl(
  minimalFeed({
    areas: [{ id: 'a', name: 'A', postcode_districts: ['G31'] }],
    locality_plans: [
      {
        id: 'p',
        area_id: 'a',
        title: 'Shapes',
        priorities: [
          {
            id: 'all',
            title: 'Everything',
            actions: STATUSES.map((status, i) => ({ id: `a${i}`, title: `Action ${i}`, ...(status && { status }) })),
            indicators: [
              { id: 'on', title: 'On', direction: 'up', baseline: value('2020', 10), target: value('2090', 20), values: [value('2021', 12)] },
              { id: 'off', title: 'Off', direction: 'up', baseline: value('2020', 10), target: value('2090', 20), values: [value('2021', 9)] },
              { id: 'met', title: 'Met', direction: 'up', baseline: value('2018', 10), target: value('2020', 20), values: [value('2019', 21)] },
              { id: 'missed', title: 'Missed', direction: 'up', baseline: value('2018', 10), target: value('2020', 20), values: [value('2019', 11)] },
              { id: 'unknown', title: 'Unknown', values: [value('2021', 3)] },
            ],
          },
        ],
      },
    ],
  }),
);

const GRID = 16;
/** The painted page, as pixels. */
async function screenshot(): Promise<ImageData> {
  const png = await executeServerCommand<undefined, string>('plan-screenshot');
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * Where an element's box is painted differently from the background, as a 16 × 16 grid of 0 and 1 (a cell
 * is ink when over a third of its pixels differ clearly from the background colour).
 */
function inkOf(shot: ImageData, node: Element, background: [number, number, number]): number[] {
  const scale = shot.width / innerWidth;
  const box = node.getBoundingClientRect();
  const span = (from: number, size: number, i: number) => {
    const start = Math.floor((from + (size * i) / GRID) * scale);
    return [start, Math.max(start + 1, Math.floor((from + (size * (i + 1)) / GRID) * scale))];
  };
  const cells: number[] = [];
  for (let row = 0; row < GRID; row++) {
    for (let column = 0; column < GRID; column++) {
      const [y0, y1] = span(box.top, box.height, row);
      const [x0, x1] = span(box.left, box.width, column);
      let ink = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const at = (y * shot.width + x) * 4;
          const distance = Math.abs(shot.data[at] - background[0]) + Math.abs(shot.data[at + 1] - background[1]) + Math.abs(shot.data[at + 2] - background[2]);
          if (distance > 120) ink++;
        }
      }
      cells.push(ink / ((y1 - y0) * (x1 - x0)) > 1 / 3 ? 1 : 0);
    }
  }
  return cells;
}

const rgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
/** Cells that differ between two grids, however one is moved by a cell (so where a box starts does not count). */
function differing(a: number[], b: number[]): number {
  let least = Infinity;
  for (const dy of [-1, 0, 1]) {
    for (const dx of [-1, 0, 1]) {
      let count = 0;
      for (let y = 0; y < GRID; y++) {
        for (let x = 0; x < GRID; x++) {
          const [sy, sx] = [y + dy, x + dx];
          const moved = sy >= 0 && sy < GRID && sx >= 0 && sx < GRID ? b[sy * GRID + sx] : 0;
          if (a[y * GRID + x] !== moved) count++;
        }
      }
      least = Math.min(least, count);
    }
  }
  return least;
}

/** What is painted where `node` is, scrolled into view first. */
async function inkAt(node: Element, background: [number, number, number]): Promise<number[]> {
  node.scrollIntoView({ block: 'center' });
  return inkOf(await screenshot(), node, background);
}

async function shapes(el: PlacePlanElement): Promise<Map<string, number[]>> {
  const background = rgb(getComputedStyle($(el, '.root')).backgroundColor);
  const found = new Map<string, number[]>();
  for (const icon of $$(el, '[part="action"] svg.status-icon'))
    found.set(`status ${text(icon.closest('[part="action"]')!.querySelector('[part="status"]'))}`, await inkAt(icon, background));
  for (const icon of $$(el, 'p.course svg.course-icon')) found.set(`verdict ${text(icon.closest('p.course'))}`, await inkAt(icon, background));
  return found;
}

function expectDistinct(found: Map<string, number[]>): void {
  expect(found.size, 'seven statuses and five verdicts').to.equal(12);
  for (const [name, ink] of found) expect(ink.filter(Boolean).length, `${name}: something is drawn`).to.be.at.least(24);
  const names = [...found.keys()];
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      expect(differing(found.get(a)!, found.get(b)!), `${a} and ${b} have shapes of their own`).to.be.at.least(16);
    }
  }
}

async function openShapes(): Promise<PlacePlanElement> {
  await setViewport({ width: 1200, height: 800 });
  // Large text, so each icon is drawn over plenty of pixels.
  const el = await planElement('area="a" style="--place-font-size: 40px"', FEED);
  $<HTMLButtonElement>(el, '[part="priority-toggle"]').click();
  await el.updateComplete;
  return el;
}

describe('<place-plan>: shapes that survive forced colours', function () {
  // A screenshot per icon takes a while on a busy machine.
  this.timeout(60000);

  it('gives every status and every verdict a shape of its own on screen', async () => {
    const el = await openShapes();
    expect($$(el, 'p.course').map(text)).to.deep.equal([
      'On course',
      'Not on course',
      'Target date passed: met',
      'Target date passed: not met',
      'Not enough data to tell',
    ]);
    expectDistinct(await shapes(el));
  });

  it('keeps every shape distinct in forced colours', async () => {
    await forcedColours(true);
    const el = await openShapes();
    expectDistinct(await shapes(el));
    await expectAccessible(el);
  });

  it('says and shows whether the table is open, in forced colours too', async () => {
    for (const forced of [false, true]) {
      await forcedColours(forced);
      const el = await openShapes();
      const toggle = $$<HTMLButtonElement>(el, '.table-toggle')[0];
      const background = rgb(getComputedStyle($(el, '.root')).backgroundColor);
      const chevron = () => toggle.querySelector('svg')!;
      expect(text(toggle)).to.equal('Show as table');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const closed = await inkAt(chevron(), background);
      toggle.click();
      await el.updateComplete;
      expect(text(toggle), forced ? 'forced colours' : 'screen').to.equal('Hide table');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const open = await inkAt(chevron(), background);
      expect(closed.filter(Boolean).length, 'the chevron is drawn').to.be.at.least(12);
      expect(open.filter(Boolean).length, 'the chevron is drawn').to.be.at.least(12);
      expect(differing(closed, open), `the chevron turns (${forced ? 'forced colours' : 'screen'})`).to.be.at.least(12);
    }
  });
});
