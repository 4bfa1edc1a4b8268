import express from 'express';

/** What the shop stores for an order (the `Order` model of docs/prd/orders.md). */
export interface Order {
  id: string;
  customerId: string;
  status: 'placed' | 'paid' | 'shipped';
  total: number;
  placedAt: string;
}

const orders = new Map<string, Order>();

/** The orders API of docs/prd/orders.md: listing, placing and reading orders. Refunds and carts are not built yet. */
export const ordersRouter = express.Router();

ordersRouter.get('/orders', (_req, res) => {
  res.json([...orders.values()]);
});

ordersRouter.post('/orders', (req, res) => {
  const lines = Array.isArray(req.body?.lines) ? req.body.lines : [];
  if (lines.length === 0) {
    res.status(422).json({ error: 'An order needs at least one line' });
    return;
  }
  const order: Order = { id: String(orders.size + 1), customerId: String(req.body.customerId ?? ''), status: 'placed', total: Number(req.body.total ?? 0), placedAt: new Date().toISOString() };
  orders.set(order.id, order);
  res.status(201).json(order);
});

ordersRouter.get('/orders/:orderId', (req, res) => {
  const order = orders.get(req.params.orderId);
  if (order) res.json(order);
  else res.status(404).json({ error: 'No such order' });
});
