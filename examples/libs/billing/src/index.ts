/** Billing domain code lives here; the typed contracts come from src/generated/prd (nx run billing:orchestrate). */
export const currency = 'EUR';
