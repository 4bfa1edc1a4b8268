/**
 * Round 26, framework route files as engineering specs quote them: a Rails app that renders HTML
 * outside its API namespace.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, pageRoutes } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');

describe('a Rails routes file with an API namespace', () => {
  const md = lines(
    '# Spec',
    '',
    '## Routes',
    '',
    '```ruby',
    'Rails.application.routes.draw do',
    '  root "home#index"',
    '  resources :orders, only: [:index, :show, :new]',
    '  resources :carts, except: [:destroy, :edit]',
    '  get "my/orders", to: "my_orders#index"',
    '  namespace :admin do',
    '    resources :products, only: [:edit]',
    '  end',
    '  namespace :api do',
    '    resources :orders, only: [:index, :create]',
    '    get "stats", to: "stats#show"',
    '  end',
    'end',
    '```',
  );

  it('serves pages outside the namespace: GETs, index and show, the new and edit forms, the root', () => {
    expect(pageRoutes(md)).toEqual(['/', '/admin/products/:id/edit', '/carts', '/carts/:id', '/carts/new', '/my/orders', '/orders', '/orders/:id', '/orders/new']);
  });

  it('serves calls inside it, and keeps a form post outside it a call', () => {
    expect(apiLines(md)).toEqual(['GET /api/orders', 'GET /api/stats', 'PATCH /carts/:id', 'POST /api/orders', 'POST /carts', 'PUT /carts/:id']);
  });

  it('reads a file without an API namespace as before: its resources are calls, no form pages', () => {
    const plain = lines('# Spec', '', '## API', '', '```ruby', 'Rails.application.routes.draw do', '  resources :orders, only: [:index, :show, :new]', 'end', '```');
    expect(apiLines(plain)).toEqual(['GET /orders', 'GET /orders/:id']);
    expect(pageRoutes(plain)).toEqual([]);
  });
});
