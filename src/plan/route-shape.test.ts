import { describe, expect, it } from 'vitest';
import { routeShape } from './route-shape.js';

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
  it('tells different shapes apart', () => {
    expect(routeShape('/orders/:id')).toBe(routeShape('/orders/{orderId}'));
    expect(routeShape('/orders/:id')).not.toBe(routeShape('/orders/:id/items'));
    expect(routeShape('/orders/:id')).not.toBe(routeShape('/orders/new'));
  });
});
