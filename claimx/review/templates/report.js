"use strict";
(function () {
  var el = claimx.el, clear = claimx.clear, fmt = claimx.fmt;
  var data = claimx.readData("claimx-data");
  var articles = data.articles, app = document.getElementById("app");
  var PAGE = 50, GROUPS_PAGE = 20;
  var state = { search: "", source: "", unit: "", item: "", hedged: false, time: false, page: 0, ledgerPage: 0 };
  var lowered = null;  // search keys, built on the first search
  var textList = null;  // the article texts: a second element, parsed on first need
  function texts() { if (!textList) textList = claimx.readData("claimx-texts"); return textList; }

  document.getElementById("summary").textContent =
    articles.length + " articles · " + articles.reduce(function (n, a) { return n + a.claims.length; }, 0) +
    " claims · claimx " + data.claimx_version;

  function distinct(pick) {
    var seen = {};
    articles.forEach(function (a) { a.claims.forEach(function (c) { var v = pick(c); if (v) seen[v] = (seen[v] || 0) + 1; }); });
    return Object.keys(seen).sort(function (x, y) { return seen[y] - seen[x] || (x < y ? -1 : 1); });
  }

  function claimMatches(c) {
    if (state.source && claimx.sourceName(c.source) !== state.source) return false;
    if (state.unit && (c.quantity.unit || "(count)") !== state.unit) return false;
    if (state.item && !(c.item && c.item.text.toLowerCase().indexOf(state.item.toLowerCase()) >= 0)) return false;
    if (state.hedged && !c.hedged) return false;
    if (state.time && !c.time) return false;
    return true;
  }

  function claimFilterActive() { return state.source || state.unit || state.item || state.hedged || state.time; }

  function matching() {
    var query = state.search.toLowerCase();
    if (query && !lowered && document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", renderRows, { once: true });
      query = "";
    }
    if (query && !lowered) lowered = articles.map(function (a, n) { return ((a.title || "") + "\n" + a.id + "\n" + (texts()[n] || "")).toLowerCase(); });
    var out = [];
    articles.forEach(function (a, n) {
      if (query && lowered[n].indexOf(query) < 0) return;
      var hits = claimFilterActive() ? a.claims.filter(claimMatches).length : a.claims.length;
      if (claimFilterActive() && !hits) return;
      out.push({ n: n, hits: hits });
    });
    return out;
  }

  function select(id, label, values, key) {
    var node = el("select", { id: id, "aria-label": label, onchange: function () { state[key] = node.value; state.page = 0; renderRows(); } },
      [el("option", { value: "", text: label + ": all" })].concat(values.map(function (v) {
        return el("option", { value: v, text: v, selected: state[key] === v });
      })));
    return node;
  }

  function check(id, label, key) {
    var box = el("input", { type: "checkbox", id: id, checked: state[key], onchange: function () { state[key] = box.checked; state.page = 0; renderRows(); } });
    return el("label", {}, [box, " " + label]);
  }

  var rowsBox = null, pagerBox = null;

  function renderIndex() {
    clear(app);
    var search = el("input", { type: "search", id: "search", placeholder: "Search titles and text", value: state.search });
    var timer = null;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { state.search = search.value; state.page = 0; renderRows(); }, 150); });
    var item = el("input", { type: "text", id: "item-filter", placeholder: "Item contains", value: state.item });
    item.addEventListener("input", function () { state.item = item.value; state.page = 0; renderRows(); });
    var units = distinct(function (c) { return c.quantity.unit || "(count)"; });
    app.appendChild(el("div", { "class": "filters" }, [
      search, select("source-filter", "Source", distinct(function (c) { return claimx.sourceName(c.source); }), "source"),
      select("unit-filter", "Unit", units, "unit"), item, check("hedged-filter", "hedged", "hedged"), check("time-filter", "has time", "time")]));
    pagerBox = el("div", { "class": "pager" });
    rowsBox = el("div");
    app.appendChild(pagerBox); app.appendChild(rowsBox);
    renderRows();
  }

  function renderRows() {
    var found = matching(), pages = Math.max(1, Math.ceil(found.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    clear(pagerBox).appendChild(el("span", { id: "match-count", text: found.length + " of " + articles.length + " articles" }));
    pagerBox.appendChild(el("button", { id: "prev-page", disabled: state.page === 0, onclick: function () { state.page--; renderRows(); }, text: "‹ previous" }));
    pagerBox.appendChild(el("span", { text: "page " + (state.page + 1) + " / " + pages }));
    pagerBox.appendChild(el("button", { id: "next-page", disabled: state.page >= pages - 1, onclick: function () { state.page++; renderRows(); }, text: "next ›" }));
    var body = el("tbody");
    found.slice(state.page * PAGE, (state.page + 1) * PAGE).forEach(function (hit) {
      var a = articles[hit.n];
      var sources = Array.from(new Set(a.claims.map(function (c) { return claimx.sourceName(c.source); }).filter(Boolean)));
      body.appendChild(el("tr", { "class": "article-row" }, [
        el("td", {}, [el("a", { href: "#/a/" + hit.n, "class": "bdi", text: a.title || a.id })]),
        el("td", { text: a.published || "" }),
        el("td", { "class": "num claim-count", text: claimFilterActive() ? hit.hits + " / " + a.claims.length : a.claims.length }),
        el("td", { "class": "bdi", text: sources.join(" · ") })]));
    });
    clear(rowsBox).appendChild(el("table", { id: "articles" }, [
      el("thead", {}, [el("tr", {}, ["Article", "Date", "Claims", "Sources"].map(function (h) { return el("th", { text: h }); }))]), body]));
  }

  function claimRow(c, n, onClick) {
    return el("tr", { id: "row-" + n, "class": "claim-row", "data-claim": n }, [
      el("td", {}, [el("a", { href: "#", onclick: function (e) { e.preventDefault(); onClick(n); }, text: String(n + 1), title: "show in the text" })]),
      el("td", { "class": "q bdi", text: c.quantity.text }),
      el("td", { "class": "num", text: claimx.valueText(c.quantity) }),
      el("td", { text: c.quantity.unit || "" }),
      el("td", { "class": "i bdi", text: c.item ? c.item.text : "" }),
      el("td", { "class": "s bdi", text: c.source ? claimx.sourceName(c.source) : "", title: c.source ? c.source.text : null }),
      el("td", { text: c.hedged ? "hedged" : "" }),
      el("td", { "class": "t", text: c.time ? (c.time.value || c.time.text) : "" }),
      el("td", { "class": "bdi", text: c.actor ? c.actor.text : "" })]);
  }

  function renderArticle(n, focus) {
    var a = articles[n];
    if (!a) { location.hash = "#/"; return; }
    clear(app);
    var textBox = el("div", { "class": "article-text", id: "article-text" });
    var table = el("tbody");
    function toText(k) { history.replaceState(null, "", "#/a/" + n + "/c/" + k); mark(k); claimx.focusText(textBox, k); }
    function toRow(k) {
      history.replaceState(null, "", "#/a/" + n + "/c/" + k); mark(k);
      var row = document.getElementById("row-" + k); if (row) row.scrollIntoView({ block: "center" });
    }
    function mark(k) {
      Array.prototype.forEach.call(table.querySelectorAll("tr.current"), function (r) { r.classList.remove("current"); });
      var row = document.getElementById("row-" + k); if (row) row.classList.add("current");
    }
    var text = texts()[n];
    if (text !== null) textBox.appendChild(claimx.highlighted(text, a.claims, toRow));
    else {
      textBox.appendChild(el("p", { "class": "muted", text: "The article's text was not found (its input file moved or changed); each claim's sentence is shown instead." }));
      a.claims.forEach(function (c, k) {
        var offset = c.sentence.span[0];
        var shifted = JSON.parse(JSON.stringify(c));
        ["quantity", "item", "source", "time"].forEach(function (p) { if (shifted[p] && shifted[p].span) shifted[p].span = [shifted[p].span[0] - offset, shifted[p].span[1] - offset]; });
        shifted.span = [c.span[0] - offset, c.span[1] - offset];
        var p = el("p"); p.appendChild(claimx.highlighted(c.sentence.text, [shifted], function () { toRow(k); }));
        textBox.appendChild(p);
      });
    }
    a.claims.forEach(function (c, k) { table.appendChild(claimRow(c, k, toText)); });
    app.appendChild(el("p", {}, [el("a", { href: "#/", text: "‹ all articles" })]));
    app.appendChild(el("h2", { "class": "bdi", id: "article-title", text: a.title || a.id }));
    app.appendChild(el("p", { "class": "muted" }, [a.id + (a.published ? " · " + a.published : "") + " · " + a.claims.length + " claims ",
      a.url ? el("span", { "class": "bdi", text: a.url }) : null]));
    app.appendChild(el("p", { "class": "legend" }, [el("span", { "class": "q", text: "quantity" }), el("span", { "class": "i", text: "item" }),
      el("span", { "class": "s", text: "source" }), el("span", { "class": "t", text: "time" })]));
    app.appendChild(el("div", { "class": "article" }, [textBox, el("div", { "class": "side" }, [el("table", { id: "claims" }, [
      el("thead", {}, [el("tr", {}, ["#", "quantity", "value", "unit", "item", "source", "hedged", "time", "actor"].map(function (h) { return el("th", { text: h }); }))]), table])])]));
    if (focus !== undefined) toText(focus);
  }

  // Ledger ---------------------------------------------------------------------------------
  function timeNumber(t) {
    if (!t) return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(t);
    if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2100) return null;  // drawn with the undated
    return Number(m[1]) + ((Number(m[2] || 1) - 1) + (Number(m[3] || 1) - 1) / 31) / 12;
  }

  var PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4d7c0f", "#be185d"];

  function figureOf(ref) {
    var a = articles[ref[0]], c = a.claims[ref[1]], q = c.quantity;
    return { n: ref[0], k: ref[1], claim: c.id, doc: a.id, title: a.title, published: a.published,
             quantity: q.text, value: q.value, relation: q.relation, low: q.low, high: q.high,
             item: c.item ? c.item.text : "", source: ref[2], hedged: !!c.hedged, time: c.time ? c.time.value : null };
  }

  function chart(group) {
    var NS = "http://www.w3.org/2000/svg", W = 640, H = 220, L = 70, R = 150, T = 12, B = 30;
    function svg(tag, attrs, text) {
      var node = document.createElementNS(NS, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) node.textContent = text;
      return node;
    }
    var figs = group.figures.map(function (f) {
      var lo = f.relation === "range" || f.relation === "vague" ? f.low : f.value, hi = f.relation === "range" ? f.high : lo;
      return { f: f, x: timeNumber(f.time || f.published), lo: lo, hi: hi };
    }).filter(function (p) { return p.lo !== null && p.lo !== undefined; });
    var root = svg("svg", { "class": "chart", width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img" });
    if (!figs.length) return root;
    var xs = figs.map(function (p) { return p.x; }).filter(function (x) { return x !== null; });
    var x0 = xs.length ? Math.min.apply(null, xs) : 0, x1 = xs.length ? Math.max.apply(null, xs) : 1;
    if (x1 - x0 < 1 / 12) { x0 -= 0.5; x1 += 0.5; }
    var ys = []; figs.forEach(function (p) { ys.push(p.lo, p.hi); });
    var y0 = Math.min(0, Math.min.apply(null, ys)), y1 = Math.max.apply(null, ys) * 1.15 || 1;
    var plotL = L + 64;
    function X(x) { return x === null ? L + 12 : plotL + (x - x0) / (x1 - x0) * (W - plotL - R); }
    function Y(y) { return H - B - (y - y0) / (y1 - y0) * (H - T - B); }
    root.appendChild(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#a1a1aa" }));
    root.appendChild(svg("line", { x1: L, y1: T, x2: L, y2: H - B, stroke: "#a1a1aa" }));
    root.appendChild(svg("text", { x: L - 4, y: Y(y1 / 1.15) + 4, "text-anchor": "end" }, fmt(y1 / 1.15)));
    root.appendChild(svg("text", { x: L - 4, y: H - B, "text-anchor": "end" }, fmt(y0)));
    root.appendChild(svg("text", { x: L + 12, y: H - 8, "text-anchor": "middle" }, "no date"));
    if (xs.length) {
      root.appendChild(svg("text", { x: X(x0), y: H - 8, "text-anchor": "middle" }, String(Math.floor(x0))));
      root.appendChild(svg("text", { x: X(x1), y: H - 8, "text-anchor": "middle" }, String(Math.floor(x1))));
    }
    var sources = Array.from(new Set(group.figures.map(function (f) { return f.source || "(no source)"; })));
    var LEGEND = 11;
    if (sources.length > LEGEND + 1) root.appendChild(svg("text", { x: W - R + 10, y: T + (LEGEND + 1) * 16 - 2 }, "+ " + (sources.length - LEGEND) + " more sources"));
    sources.forEach(function (s, k) {
      if (k >= LEGEND && sources.length > LEGEND + 1) return;
      root.appendChild(svg("rect", { x: W - R + 10, y: T + k * 16, width: 10, height: 10, fill: PALETTE[k % PALETTE.length] }));
      root.appendChild(svg("text", { x: W - R + 24, y: T + k * 16 + 9 }, s.length > 22 ? s.slice(0, 21) + "…" : s));
    });
    figs.forEach(function (p, k) {
      var color = PALETTE[sources.indexOf(p.f.source || "(no source)") % PALETTE.length];
      var x = X(p.x) + (k % 3 - 1) * 4, y = Y(p.lo), g = svg("g", { "class": "figure" });
      g.appendChild(svg("title", {}, p.f.quantity + " " + p.f.item + " — " + (p.f.source || "no source") + (p.f.hedged ? " (hedged)" : "")));
      if (p.hi !== p.lo) g.appendChild(svg("line", { x1: x, x2: x, y1: Y(p.lo), y2: Y(p.hi), stroke: color, "stroke-width": 3 }));
      if (p.f.relation === ">" || p.f.relation === ">=" || p.f.relation === "vague")
        g.appendChild(svg("path", { d: "M" + x + " " + (y - 4) + " l0 -14 m-4 4 l4 -4 l4 4", stroke: color, fill: "none" }));
      if (p.f.relation === "<" || p.f.relation === "<=")
        g.appendChild(svg("path", { d: "M" + x + " " + (y + 4) + " l0 14 m-4 -4 l4 4 l4 -4", stroke: color, fill: "none" }));
      g.appendChild(svg("circle", { cx: x, cy: y, r: p.f.relation === "~" ? 6 : 4, fill: p.f.hedged ? "#fff" : color, stroke: color, "stroke-width": 2 }));
      root.appendChild(g);
    });
    return root;
  }

  function renderLedger() {
    clear(app);
    var groups = data.ledger, pages = Math.max(1, Math.ceil(groups.length / GROUPS_PAGE));
    state.ledgerPage = Math.min(state.ledgerPage, pages - 1);
    app.appendChild(el("h2", { text: "Ledger: the same count across articles" }));
    app.appendChild(el("p", { "class": "muted", text: groups.length + " groups (item head, unit, actor). Points: figures by source over time; hollow = hedged, larger = approximate, arrows = bounds open upwards or downwards." }));
    app.appendChild(el("div", { "class": "pager" }, [
      el("button", { disabled: state.ledgerPage === 0, onclick: function () { state.ledgerPage--; renderLedger(); }, text: "‹ previous" }),
      el("span", { text: "page " + (state.ledgerPage + 1) + " / " + pages }),
      el("button", { disabled: state.ledgerPage >= pages - 1, onclick: function () { state.ledgerPage++; renderLedger(); }, text: "next ›" })]));
    groups.slice(state.ledgerPage * GROUPS_PAGE, (state.ledgerPage + 1) * GROUPS_PAGE).forEach(function (g) {
      var flagged = {}, figures = g.figures.map(figureOf);
      g.disagreements.forEach(function (d) { flagged[d[0]] = flagged[d[1]] = true; });
      var body = el("tbody"), shownRows = 0;
      function more(count) {  // long groups show their first rows, then more on demand
        figures.slice(shownRows, shownRows + count).forEach(row);
        shownRows = Math.min(figures.length, shownRows + count);
        if (shownRows >= figures.length) return;
        var buttonRow = el("tr", { "class": "more" }, [el("td", { colspan: 8 }, [el("button", { type: "button",
          onclick: function () { body.removeChild(buttonRow); more(1000); },
          text: "show more (" + shownRows + " of " + figures.length + " figures shown)" })])]);
        body.appendChild(buttonRow);
      }
      function row(f) {
        body.appendChild(el("tr", { "class": flagged[f.claim] ? "figure-row disputed" : "figure-row" }, [
          el("td", { text: f.time || "" }), el("td", { "class": "bdi", text: f.quantity }), el("td", { "class": "num", text: claimx.valueText(f) }),
          el("td", { "class": "bdi", text: f.source || "" }), el("td", { text: f.hedged ? "hedged" : "" }),
          el("td", {}, [el("a", { href: "#/a/" + f.n + "/c/" + f.k, "class": "bdi", text: f.title || f.doc })]),
          el("td", { text: f.published || "" }), el("td", { text: flagged[f.claim] ? "disagrees" : "" })]));
      }
      more(100);
      var notes = g.disagreements.map(function (d) {
        var a = figures.find(function (f) { return f.claim === d[0]; }), b = figures.find(function (f) { return f.claim === d[1]; });
        return el("li", { "class": "disagreement", text: a.quantity + " (" + (a.source || "no source") + ") vs " + b.quantity + " (" + (b.source || "no source") + "): " + d[2] });
      });
      app.appendChild(el("section", { "class": "group" }, [
        el("h3", { "class": "bdi", text: g.label }),
        el("p", { "class": "muted" }, [figures.length + " figures in " + g.articles + " articles ",
          g.disagreements.length ? el("span", { "class": "tag warn", text: g.disagreements.length + " disagreement(s)" }) : null]),
        chart({ figures: figures }), notes.length ? el("ul", {}, notes) : null,
        el("table", {}, [el("thead", {}, [el("tr", {}, ["time", "quantity", "value", "source", "hedged", "article", "date", ""].map(function (h) { return el("th", { text: h }); }))]), body])]));
    });
  }

  function route() {
    if (document.readyState === "loading" && location.hash !== "" && location.hash !== "#/" && location.hash !== "#/ledger") {
      clear(app).appendChild(el("p", { id: "loading", text: "Loading the article texts…" }));
      document.addEventListener("DOMContentLoaded", route, { once: true });
      return;
    }
    var m = /^#\/a\/(\d+)(?:\/c\/(\d+))?$/.exec(location.hash);
    if (m) renderArticle(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
    else if (location.hash === "#/ledger") renderLedger();
    else renderIndex();
    window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "1");
})();
