/**
 * Round 34: framework design docs (Express routers made with `require('express').Router()`, a router
 * named by its section's title, a Gin group with no path of its own) and a base "every server address
 * will start with".
 */
import { describe, expect, it } from 'vitest';
import { apiLines, lines } from '../testing/extract.js';

const fence = (lang: string, ...code: string[]) => ['```' + lang, ...code, '```'];
const app = ['## 1. App', '', ...fence('js', "const app = express();", "app.use('/api/work-orders', workOrders);", "app.use('/api/vehicles', vehicles);"), ''];
const router = (...routes: string[]) => fence('js', "const router = require('express').Router();", ...routes, 'module.exports = router;');

describe('Express routers placed by their mount', () => {
  it('reads a `require(\'express\').Router()` block whose file the line above names, under its mount', () => {
    const md = lines('# Fleet', '', ...app, '## 2. Routers', '', '`src/routes/workOrders.js`:', '', ...router("router.get('/:id', ctrl.get);"));
    expect(apiLines(md)).toEqual(['GET /api/work-orders/:id']);
  });

  it('reads a block under a section titled after its router ("2.2 Vehicles router") under that router\'s mount', () => {
    const md = lines('# Fleet', '', ...app, '### 2.2 Vehicles router', '', 'Vehicles are keyed by VIN.', '', ...router("router.get('/:vin', ctrl.get);"));
    expect(apiLines(md)).toEqual(['GET /api/vehicles/:vin']);
  });

  it('places nothing under a title that names no mounted router', () => {
    const md = lines('# Fleet', '', ...app, '### 2.3 Drivers router', '', ...router("router.get('/drivers/:id', ctrl.get);"));
    expect(apiLines(md)).toEqual(['GET /drivers/:id']);
  });
});

describe('a Gin group made for its middleware only', () => {
  it('keeps its parent\'s prefix: `authed := v1.Group("", auth)`', () => {
    const md = lines('# EV', '', '## API', '', ...fence('go', 'v1 := r.Group("/api/v1")', 'authed := v1.Group("", auth)', 'authed.GET("/me/sessions", h.ListMySessions)', 'stations := v1.Group("/stations")', 'stations.GET("", h.ListStations)'));
    expect(apiLines(md)).toEqual(['GET /api/v1/me/sessions', 'GET /api/v1/stations']);
  });
});

describe('a base said of every server address', () => {
  it('reads "every server address will start with `/api/v1`" over the list after it', () => {
    const md = lines('# Food bank', '', '## The server side', '', 'Sam says every server address will start with', '`/api/v1`. He listed what he needs:', '', '- GET /shifts – list of open shifts');
    expect(apiLines(md)).toEqual(['GET /api/v1/shifts']);
  });

  it('reads no base from the address of a building or a mail server', () => {
    const md = lines('# Food bank', '', '## The server side', '', 'Every volunteer address is kept under `/data/addresses` on the NAS.', '', '- GET /shifts – list of open shifts');
    expect(apiLines(md)).toEqual(['GET /shifts']);
  });
});
