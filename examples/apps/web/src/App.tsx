import { RequirementsView } from './RequirementsView';

export function App() {
  return (
    <main>
      <h1>Shop</h1>
      <p>Orders, carts and the catalogue, specified in docs/prd.</p>
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
