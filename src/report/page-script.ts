/**
 * The requirements page's script, shipped as text inside the page (no bundler, no CDN). It reads
 * the model from `#prd-model` and the options from `#prd-config` (JSON, never code), builds every
 * node with `textContent` and attributes (PRD text is untrusted: no `innerHTML`), and keeps the
 * filters, search and sort across re-renders: `window.prdReport.render(model)` redraws in place,
 * which is what live updates call. With `config.live` it subscribes to the dev server's HMR channel.
 *
 * Plain ES2020 on purpose: it runs as written in the browser. Written without template literals,
 * so it sits as is inside `String.raw`.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var KINDS = ['api', 'model', 'page', 'rule'];
  var KIND_NAMES = { api: 'Endpoints', model: 'Models', page: 'Pages', rule: 'Rules' };
  var config = JSON.parse(document.getElementById('prd-config').textContent);
  var state = { model: null, sort: { key: 'prd', dir: 1 }, kind: '', prd: '', status: '', q: '' };
  var $ = function (id) { return document.getElementById(id); };

  /** An element with attributes (string values only) and children (nodes or text). */
  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) for (var name in attrs) if (attrs[name] !== undefined && attrs[name] !== null) node.setAttribute(name, String(attrs[name]));
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }

  /** The link of a file:line. Each path segment is URL-encoded, so no file name can become a scheme. */
  function href(place) {
    var links = config.links || { kind: 'file', base: '' };
    if (links.kind === 'editor') return links.url + '?file=' + encodeURIComponent(links.root + place.file + ':' + place.line);
    return links.base + place.file.split('/').map(encodeURIComponent).join('/') + '#L' + place.line;
  }
  function loc(place) {
    var text = place.file + ':' + place.line + (place.column ? ':' + place.column : '');
    return h('a', { 'class': 'loc', href: href(place), 'data-file': place.file, 'data-line': place.line }, text);
  }
  document.addEventListener('click', function (event) {
    var a = event.target && event.target.closest ? event.target.closest('a.loc') : null;
    if (!a || !config.links || config.links.kind !== 'editor') return;
    // Vite's /__open-in-editor answers with an empty body: ask it, stay on the page.
    event.preventDefault();
    fetch(a.getAttribute('href'));
  });

  function what(task) {
    switch (task.kind) {
      case 'api': {
        var bodies = [];
        task.methods.forEach(function (m) {
          var b = task.bodies && task.bodies[m];
          if (b && (b.request || b.response)) bodies.push(m + (b.request ? ' ' + b.request : '') + ' → ' + (b.response || 'void'));
        });
        return [h('code', null, task.methods.join(', ') + ' ' + task.path), bodies.length ? h('div', { 'class': 'muted' }, bodies.join('; ')) : null];
      }
      case 'model':
        return [h('code', null, task.name), h('ul', { 'class': 'fields' }, task.fields.map(function (f) {
          return h('li', null, f.name + (f.optional ? '?' : '') + ': ' + f.type);
        }))];
      case 'page':
        return [h('code', null, task.route), ' ', task.title];
      case 'rule':
        return [h('span', { 'class': 'badge ' + task.level }, task.level), ' ', task.text];
    }
    return [];
  }
  function whatText(task) {
    switch (task.kind) {
      case 'api': return task.methods.join(' ') + ' ' + task.path;
      case 'model': return task.name + ' ' + task.fields.map(function (f) { return f.name + ' ' + f.type; }).join(' ');
      case 'page': return task.route + ' ' + task.title;
      case 'rule': return task.level + ' ' + task.text;
    }
    return '';
  }
  function statuses(t) {
    var out = [];
    if (t.coverage) out.push(t.coverage.status);
    if (t.change) { out.push(t.change.change); if (t.change.breaking) out.push('breaking'); }
    else if (state.model.diff) out.push('unchanged');
    return out;
  }
  function firstSource(t) { return t.task.sources[0] || { file: '', line: 0 }; }
  var SORTS = {
    kind: function (t) { return KINDS.indexOf(t.task.kind); },
    id: function (t) { return t.id; },
    what: function (t) { return whatText(t.task).toLowerCase(); },
    prd: function (t) { var s = firstSource(t); return [s.file, s.line]; },
    coverage: function (t) { return t.coverage ? t.coverage.status : ''; },
    change: function (t) { return t.change ? (t.change.breaking ? '0' : '1') + t.change.change : '2'; },
  };
  function compare(a, b) {
    if (Array.isArray(a)) { var c = compare(a[0], b[0]); return c !== 0 ? c : compare(a[1], b[1]); }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function visible(t) {
    if (state.kind && t.task.kind !== state.kind) return false;
    if (state.prd && !t.task.sources.some(function (s) { return s.file === state.prd; })) return false;
    if (state.status && statuses(t).indexOf(state.status) === -1) return false;
    if (state.q) {
      var hay = (t.id + ' ' + t.task.kind + ' ' + whatText(t.task) + ' ' + t.task.sources.map(function (s) { return s.file + ':' + s.line + ' ' + s.section; }).join(' ')).toLowerCase();
      if (state.q.toLowerCase().split(/\s+/).some(function (w) { return w && hay.indexOf(w) === -1; })) return false;
    }
    return true;
  }

  function places(list) { return h('ul', { 'class': 'places' }, list.map(function (p) { return h('li', null, loc(p)); })); }

  function row(t, model) {
    var kind = t.task.kind;
    var cls = 'kind-' + kind + (t.change ? ' ' + t.change.change : '');
    var tr = h('tr', { 'class': cls, 'data-id': t.id, 'data-kind': kind, 'data-status': statuses(t).join(' ') },
      h('td', { 'data-label': 'Kind' }, h('span', { 'class': 'badge kind' }, kind)),
      h('td', { 'class': 'id', 'data-label': 'Id' }, t.id),
      h('td', { 'class': 'what', 'data-label': 'Requirement' }, what(t.task)),
      h('td', { 'class': 'prd', 'data-label': 'PRD' }, places(t.task.sources)));
    if (model.orphans) {
      var c = t.coverage;
      tr.appendChild(h('td', { 'class': 'coverage', 'data-label': 'Code' }, c ? [h('span', { 'class': 'badge ' + c.status }, c.status), places(c.implementations)] : h('span', { 'class': 'muted' }, '—')));
      tr.appendChild(h('td', { 'class': 'tests', 'data-label': 'Tests' }, c && c.tests.length ? places(c.tests) : h('span', { 'class': 'muted' }, '—')));
    }
    if (model.diff) {
      var ch = t.change;
      tr.appendChild(h('td', { 'class': 'change', 'data-label': 'Change' }, ch ? [
        h('span', { 'class': 'badge ' + ch.change }, ch.change), ch.breaking ? [' ', h('span', { 'class': 'badge breaking' }, 'breaking')] : null,
        ch.details.length ? h('ul', { 'class': 'details' }, ch.details.map(function (d) { return h('li', null, d); })) : null,
      ] : h('span', { 'class': 'muted' }, '—')));
    }
    return tr;
  }

  function setOptions(select, all, values, current) {
    var options = [h('option', { value: '' }, all)].concat(values.map(function (v) { return h('option', { value: v[0] }, v[1]); }));
    select.replaceChildren.apply(select, options);
    var keep = values.some(function (v) { return v[0] === current; });
    select.value = keep ? current : '';
    return keep ? current : '';
  }

  function summary(model) {
    var cards = KINDS.map(function (kind) {
      var of = model.tasks.filter(function (t) { return t.task.kind === kind && !(t.change && t.change.change === 'removed'); });
      var done = of.filter(function (t) { return t.coverage && t.coverage.status === 'implemented'; }).length;
      var share = model.orphans && of.length ? done / of.length : (of.length ? 1 : 0);
      return h('div', { 'class': 'card kind-' + kind, 'data-kind': kind },
        h('b', null, String(of.length)), KIND_NAMES[kind],
        model.orphans ? h('span', { 'class': 'muted' }, ' · ' + done + ' implemented') : null,
        h('div', { 'class': 'bar', title: model.orphans ? done + ' of ' + of.length + ' implemented' : of.length + ' tasks' }, h('span', { style: 'width:' + Math.round(share * 100) + '%' })));
    });
    $('prd-summary').replaceChildren.apply($('prd-summary'), cards);
  }

  function diffLine(model) {
    var box = $('prd-diff');
    if (!model.diff) { box.replaceChildren(); return; }
    var n = { added: 0, removed: 0, modified: 0, breaking: 0 };
    model.tasks.forEach(function (t) { if (t.change) { n[t.change.change]++; if (t.change.breaking) n.breaking++; } });
    box.replaceChildren(h('h2', null, 'Changes since ', h('code', null, model.diff.base)), h('p', null,
      h('span', { 'class': 'badge added' }, '+' + n.added + ' added'), ' ', h('span', { 'class': 'badge removed' }, '−' + n.removed + ' removed'), ' ',
      h('span', { 'class': 'badge modified' }, '~' + n.modified + ' modified'), ' ', h('span', { 'class': 'badge breaking' }, n.breaking + ' breaking')));
  }

  function prdTable(model) {
    var covered = !!model.orphans;
    var head = h('tr', null, h('th', null, 'PRD'), h('th', null, 'Title'), KINDS.map(function (k) { return h('th', null, KIND_NAMES[k]); }),
      covered ? h('th', null, 'Implemented') : null, h('th', null, 'Problems'));
    var rows = model.prds.map(function (p) {
      var of = model.tasks.filter(function (t) { return t.task.sources.some(function (s) { return s.file === p.file; }) && !(t.change && t.change.change === 'removed'); });
      var done = of.filter(function (t) { return t.coverage && t.coverage.status === 'implemented'; }).length;
      var problems = model.problems.filter(function (x) { return x.file === p.file; }).length;
      return h('tr', { 'data-prd': p.file }, h('td', null, loc({ file: p.file, line: 1 })), h('td', null, p.title),
        KINDS.map(function (k) { return h('td', null, String(of.filter(function (t) { return t.task.kind === k; }).length)); }),
        covered ? h('td', null, done + ' / ' + of.length) : null, h('td', null, String(problems)));
    });
    $('prd-prds').replaceChildren(h('table', { 'class': 'prd-table' }, h('thead', null, head), h('tbody', null, rows)));
  }

  function problems(model) {
    var box = $('prd-problems');
    if (!model.problems.length) { box.replaceChildren(); return; }
    box.replaceChildren(h('h2', null, 'Problems (' + model.problems.length + ')'), h('ul', { 'class': 'problems' }, model.problems.map(function (p) {
      return h('li', { 'data-severity': p.severity }, h('span', { 'class': 'badge ' + p.severity }, p.severity), ' ', p.file ? loc(p) : null, ' ', p.message);
    })));
  }

  function orphans(model) {
    var box = $('prd-orphans');
    if (!model.orphans || !model.orphans.length) { box.replaceChildren(); return; }
    box.replaceChildren(h('h2', null, 'In the code, in no PRD (' + model.orphans.length + ')'), h('ul', { 'class': 'problems' }, model.orphans.map(function (o) {
      return h('li', { 'data-kind': o.kind }, h('span', { 'class': 'badge kind kind-' + o.kind }, o.kind), ' ', h('code', null, (o.method ? o.method + ' ' : '') + o.path), ' ', loc(o));
    })));
  }

  function tasksTable(model) {
    var cols = [['kind', 'Kind'], ['id', 'Id'], ['what', 'Requirement'], ['prd', 'PRD']];
    if (model.orphans) cols.push(['coverage', 'Code'], ['tests', 'Tests']);
    if (model.diff) cols.push(['change', 'Change']);
    var head = h('tr', null, cols.map(function (c) {
      if (!SORTS[c[0]]) return h('th', null, c[1]);
      var sorted = state.sort.key === c[0] ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none';
      var button = h('button', { type: 'button', 'data-sort': c[0] }, c[1]);
      button.addEventListener('click', function () {
        state.sort = { key: c[0], dir: state.sort.key === c[0] ? -state.sort.dir : 1 };
        draw();
      });
      return h('th', { 'aria-sort': sorted }, button);
    }));
    var key = SORTS[state.sort.key] || SORTS.prd;
    var list = model.tasks.filter(visible).map(function (t, i) { return { t: t, k: key(t), i: i }; });
    list.sort(function (a, b) { return compare(a.k, b.k) * state.sort.dir || a.i - b.i; });
    $('prd-count').textContent = list.length === model.tasks.length ? model.tasks.length + ' tasks' : list.length + ' of ' + model.tasks.length + ' tasks';
    var body = list.length ? h('tbody', null, list.map(function (x) { return row(x.t, model); }))
      : h('tbody', null, h('tr', null, h('td', { 'class': 'empty', colspan: cols.length }, 'No task matches.')));
    $('prd-tasks').replaceChildren(h('table', { 'class': 'tasks' }, h('thead', null, head), body));
  }

  function filters(model) {
    state.kind = setOptions($('prd-kind'), 'All kinds', KINDS.map(function (k) { return [k, KIND_NAMES[k]]; }), state.kind);
    state.prd = setOptions($('prd-prd'), 'All PRDs', model.prds.map(function (p) { return [p.file, p.file]; }), state.prd);
    var st = [];
    if (model.orphans) st.push(['implemented', 'Implemented'], ['missing', 'Missing']);
    if (model.diff) st.push(['added', 'Added'], ['removed', 'Removed'], ['modified', 'Modified'], ['breaking', 'Breaking'], ['unchanged', 'Unchanged']);
    state.status = setOptions($('prd-status'), 'Any status', st, state.status);
    $('prd-status').hidden = st.length === 0;
  }

  function banner(model) {
    var errors = model.problems.filter(function (p) { return p.severity === 'error'; });
    var box = $('prd-banner');
    if (!errors.length) box.replaceChildren();
    else box.replaceChildren(h('span', null, h('strong', null, errors.length === 1 ? 'A PRD has an error' : errors.length + ' PRD errors'),
      ': the tasks below are from the last good run. ', errors[0].file ? [loc(errors[0]), ' '] : null, errors[0].message));
    $('prd-live').setAttribute('data-state', errors.length ? 'error' : config.live ? 'live' : 'static');
  }

  function draw() { tasksTable(state.model); }

  /** Draw a model; filters, search and sort stay as the reader left them. */
  function render(model) {
    state.model = model;
    document.title = model.title;
    $('prd-title').textContent = model.title;
    banner(model);
    summary(model);
    diffLine(model);
    problems(model);
    prdTable(model);
    filters(model);
    orphans(model);
    draw();
    document.documentElement.setAttribute('data-renders', String(Number(document.documentElement.getAttribute('data-renders') || 0) + 1));
  }

  [['prd-kind', 'kind'], ['prd-prd', 'prd'], ['prd-status', 'status']].forEach(function (pair) {
    $(pair[0]).addEventListener('change', function (e) { state[pair[1]] = e.target.value; draw(); });
  });
  $('prd-search').addEventListener('input', function (e) { state.q = e.target.value.trim(); draw(); });

  window.prdReport = { render: render };
  render(JSON.parse(document.getElementById('prd-model').textContent));

  if (config.live) {
    import(config.live.client).then(function (vite) {
      var hot = vite.createHotContext(config.live.owner);
      hot.on(config.live.event, function (model) { render(model); });
      hot.on('vite:ws:disconnect', function () { $('prd-live').setAttribute('data-state', 'static'); $('prd-live').textContent = 'disconnected'; });
      // The model may have changed between serving this page and connecting: ask for the current one.
      hot.send(config.live.request, {});
    });
  }
})();
`;
