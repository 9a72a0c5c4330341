/**
 * `emit` and the DOM's event maps know every placekit event's detail. The type checks are the point
 * (`npm run typecheck` runs over tests): a `@ts-expect-error` below that stops being an error fails it.
 */
import { expect } from '@open-wc/testing';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { emit, type PlaceEventMap } from '../../src/ui/events.js';

describe('placekit events', () => {
  it('bubble out of shadow roots to the document, typed by name', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const heard: string[] = [];
    // Typed by the DOM's own map: no cast needed to read the detail.
    const onError = (event: CustomEvent<PlaceEventMap['place-feed-error']>) => heard.push(event.detail.kind);
    const onSearch = (event: HTMLElementEventMap['place-search']) => heard.push(`${event.detail.query} (${event.detail.count})`);
    document.addEventListener('place-feed-error', (event) => onError(event));
    host.addEventListener('place-search', onSearch);
    try {
      expect(emit(inner, 'place-feed-error', { kind: 'network', message: 'offline' })).to.be.true;
      emit(inner, 'place-search', { query: 'food', filters: {}, count: 3 });
      expect(heard).to.deep.equal(['network', 'food (3)']);
    } finally {
      host.remove();
    }
  });

  it('refuses, at compile time, a detail that does not belong to the name', () => {
    const target = new EventTarget();
    const events: string[] = [];
    target.addEventListener('place-select', () => events.push('select'));
    // @ts-expect-error place-select's detail is {id, name, kind}
    emit(target, 'place-select', { query: 'food' });
    // @ts-expect-error no such placekit event
    emit(target, 'place-nothing', {});
    emit(target, 'place-select', { id: 's1', name: 'Food bank', kind: 'service' });
    expect(events).to.deep.equal(['select', 'select']);
    const directory = null as PlaceDirectoryElement | null;
    directory?.addEventListener('place-select', (event) => events.push(event.detail.kind));
  });
});
