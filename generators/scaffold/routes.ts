/** A route split into Next.js App Router folders: `/api/orders/:orderId` → `api/orders/[orderId]`. */
export interface AppRoute {
  /** Folder below the app directory, POSIX; '' for the root route. */
  folder: string;
  /** Parameter names in order. */
  params: string[];
}

const STATIC_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
const PARAM_SEGMENT = /^:([A-Za-z_$][A-Za-z0-9_$]*)$/;

/**
 * Maps a canonical route (parameters written `:name`) to App Router folders. PRD text is untrusted, so anything
 * that is not a plain segment or a parameter with an identifier name is refused rather than escaped into a path.
 * @param route canonical route from a task
 * @returns the folder and parameters, or undefined when the route cannot be a safe folder
 */
export function toAppRoute(route: string): AppRoute | undefined {
  if (!route.startsWith('/')) return undefined;
  const segments = route.split('/').filter((segment) => segment !== '');
  const folders: string[] = [];
  const params: string[] = [];
  for (const segment of segments) {
    const param = PARAM_SEGMENT.exec(segment);
    if (param) {
      const name = param[1] as string;
      if (params.includes(name)) return undefined;
      params.push(name);
      folders.push(`[${name}]`);
    } else if (STATIC_SEGMENT.test(segment) && !/^\.+$/.test(segment)) {
      folders.push(segment);
    } else {
      return undefined;
    }
  }
  return { folder: folders.join('/'), params };
}

/** A route with each parameter filled with a sample value, for the scaffolded tests. */
export function sampleUrl(route: string): string {
  return `http://localhost${route.replace(/:([A-Za-z_$][A-Za-z0-9_$]*)/g, '1')}`;
}

/** A PascalCase component name ending in `Page`, always a valid identifier whatever the title holds. */
export function componentName(title: string, route: string): string {
  const words = `${title} ${title.trim() === '' ? route : ''}`.match(/[A-Za-z0-9]+/g) ?? [];
  const base = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  const name = /^[A-Za-z]/.test(base) ? base : `Route${base}`;
  return name.endsWith('Page') ? name : `${name}Page`;
}
