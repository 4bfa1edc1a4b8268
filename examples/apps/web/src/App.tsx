import { Home, routes } from './pages';
import { RequirementsView } from './RequirementsView';

export function App() {
  const page = routes.find((r) => r.path === window.location.pathname);
  return (
    <main>
      <h1>Shop</h1>
      <p>Orders, carts and the catalogue, specified in docs/prd.</p>
      {page ? page.element : <Home />}
      <RequirementsView />
    </main>
  );
}
