import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeShape, writtenRouteShape } from './route-shape.js';

describe('routeShape', () => {
  it('writes every parameter notation as :p', () => {
    for (const r of ['/orders/:id', '/orders/{orderId}', '/orders/[id]', '/orders/$orderId', '/orders/<int:id>', '/orders/[...slug]', '/orders/[[...slug]]', '/orders/*']) {
      expect(routeShape(r), r).toBe('/orders/:p');
    }
  });
  it('compares static segments case-insensitively, drops trailing slash, query and fragment, keeps segments with a parameter character inside', () => {
    const shapes: Array<[route: string, shape: string]> = [
      ['/API/Orders/', '/api/orders'],
      ['/api/orders?page=2#top', '/api/orders'],
      ['/', '/'],
      ['', '/'],
      ['/a:b/c', '/a:b/c'],
      ['/price$/x', '/price$/x'],
    ];
    for (const [route, shape] of shapes) expect(routeShape(route), route).toBe(shape);
  });
  it('gives what the segment-by-segment reading gives, canonical routes (its shortcut) or not', () => {
    const segment = fc.oneof(
      fc.constantFrom('api', 'Orders', 'ORDER-LINES', 'v2', ':id', ':orderId', ':$x', ':_', '{id}', '[id]', '[...slug]', '$id', '<int:id>', '*', '**', 'a:b', 'é', ''),
      fc.stringMatching(/^[A-Za-z0-9_$:*{}[\]<>.-]{1,12}$/),
    );
    const route = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '/', '?q=1', '#x', ' ')).map(([segs, tail]) => `/${segs.join('/')}${tail}`);
    fc.assert(fc.property(route, (r) => routeShape(r) === writtenRouteShape(r)), { numRuns: 5000, seed: 20261206 });
  });
  it('tells different shapes apart', () => {
    expect(routeShape('/orders/:id')).toBe(routeShape('/orders/{orderId}'));
    expect(routeShape('/orders/:id')).not.toBe(routeShape('/orders/:id/items'));
    expect(routeShape('/orders/:id')).not.toBe(routeShape('/orders/new'));
  });
});
