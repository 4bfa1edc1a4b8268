/**
 * Whether renderers keep per-task caches (repeated runs in one process). One-shot runs leave
 * them off: tens of thousands of WeakMap entries cost the garbage collector more than they save.
 */
export let renderCaching = false;

export function setRenderCaching(on: boolean): void {
  renderCaching = on;
}
