import { Home, routes } from './pages';
import { RequirementsView } from './RequirementsView';

export function App() {
  const page = routes.find((r) => r.path === window.location.pathname);
  return (
    <main>
      <h1>Shop</h1>
      <p>Orders, carts and the catalogue, specified in docs/prd.</p>
      {page ? page.element : <Home />}
      {/* The plugin serves the requirements page in `vite dev` only. */}
      {import.meta.env.DEV && (
        <p>
          <a href="/__prd/">Requirements page</a>: tasks, problems and open-in-editor links, live.
        </p>
      )}
      <RequirementsView />
    </main>
  );
}
