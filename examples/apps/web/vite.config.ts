import react from '@vitejs/plugin-react';
import { prdOrchestrator } from 'prd-orchestrator/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), prdOrchestrator()],
});
