import { manifest } from 'virtual:prd';

/** The orders page of docs/prd/orders.md: the shopper's order history. */
export function OrdersPage() {
  return (
    <section>
      <h2>Your orders</h2>
      <p>No orders yet.</p>
    </section>
  );
}

/** One order, at /orders/:orderId. */
export function OrderPage({ orderId }: { orderId: string }) {
  return (
    <section>
      <h2>Order {orderId}</h2>
    </section>
  );
}

/** The app's pages: /orders and /orders/:orderId are built, /cart is not yet. */
export const routes = [
  { path: '/orders', element: <OrdersPage /> },
  { path: '/orders/:orderId', element: <OrderPage orderId="" /> },
];

/** Shown when no page matches: how many endpoints the PRDs ask for. */
export function Home() {
  return <p>{manifest.tasks.filter((t) => t.kind === 'api').length} endpoints specified.</p>;
}
