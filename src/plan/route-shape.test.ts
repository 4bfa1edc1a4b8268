import { describe, expect, it } from 'vitest';
import { routeShape } from './route-shape.js';

describe('routeShape', () => {
  it('writes every parameter notation as :p', () => {
    for (const r of ['/orders/:id', '/orders/{orderId}', '/orders/[id]', '/orders/$orderId', '/orders/<int:id>', '/orders/[...slug]', '/orders/[[...slug]]', '/orders/*']) {
      expect(routeShape(r), r).toBe('/orders/:p');
    }
  });
  it('compares static segments case-insensitively and drops trailing slash, query and fragment', () => {
    expect(routeShape('/API/Orders/')).toBe('/api/orders');
    expect(routeShape('/api/orders?page=2#top')).toBe('/api/orders');
    expect(routeShape('/')).toBe('/');
    expect(routeShape('')).toBe('/');
  });
  it('keeps static segments that only contain a parameter character inside', () => {
    expect(routeShape('/a:b/c')).toBe('/a:b/c');
    expect(routeShape('/price$/x')).toBe('/price$/x');
  });
  it('tells different shapes apart', () => {
    expect(routeShape('/orders/:id')).toBe(routeShape('/orders/{orderId}'));
    expect(routeShape('/orders/:id')).not.toBe(routeShape('/orders/:id/items'));
    expect(routeShape('/orders/:id')).not.toBe(routeShape('/orders/new'));
  });
});
