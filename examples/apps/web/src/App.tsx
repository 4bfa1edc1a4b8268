import { RequirementsView } from './RequirementsView';

export function App() {
  return (
    <main>
      <h1>Shop</h1>
      <p>Orders, carts and the catalogue, specified in docs/prd.</p>
      <RequirementsView />
    </main>
  );
}
