import express from 'express';
import { ordersRouter } from './orders';

/** The shop's API server: every route under /api. */
export function createServer() {
  const app = express();
  app.use(express.json());
  app.use('/api', ordersRouter);
  return app;
}
