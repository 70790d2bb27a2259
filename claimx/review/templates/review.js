"use strict";
(function () {
  var el = claimx.el, clear = claimx.clear;
  var config = claimx.readData("claimx-data");
  var state = { docs: [], doc: null, article: null, current: 0, editing: false };
  var $ = function (id) { return document.getElementById(id); };
  var reviewer = $("reviewer");
  reviewer.value = localStorage.getItem("claimx-reviewer") || config.reviewer;
  reviewer.addEventListener("change", function () { localStorage.setItem("claimx-reviewer", reviewer.value); });

  var FIELDS = [
    ["quantity.value", "value", "number"], ["quantity.relation", "relation", "relation"],
    ["quantity.low", "low", "number"], ["quantity.high", "high", "number"], ["quantity.unit", "unit", "text"],
    ["item.text", "item", "text"], ["source.text", "source", "text"], ["source.canonical", "canonical", "text"],
    ["hedged", "hedged", "bool"], ["time.value", "time", "text"], ["actor.text", "actor", "text"]];
  var RELATIONS = ["=", ">", ">=", "<", "<=", "~", "range", "vague"];

  function api(method, path, body) {
    return fetch(path, { method: method, headers: { "X-Claimx-Token": config.token, "Content-Type": "application/json" },
                         body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t); }); });
  }
  function say(text) { $("status").textContent = text; }

  function get(claim, path) {
    var parts = path.split("."), value = claim;
    for (var i = 0; i < parts.length; i++) { if (value === null || value === undefined) return null; value = value[parts[i]]; }
    return value === undefined ? null : value;
  }

  function loadDocs() {
    return api("GET", "/api/articles").then(function (data) {
      state.docs = data.articles;
      var list = clear($("doclist")), total = 0, done = 0;
      data.articles.forEach(function (a) {
        total += a.claims; done += a.reviewed;
        list.appendChild(el("a", { href: "#", "data-doc": a.id, "class": a.id === state.doc ? "current" : null,
          onclick: function (e) { e.preventDefault(); openDoc(a.id, 0); } }, [(a.title || a.id) + " (" + a.reviewed + "/" + a.claims + ")"]));
      });
      $("progress").textContent = done + " of " + total + " claims reviewed";
    });
  }

  function openDoc(id, current) {
    return api("GET", "/api/articles/" + encodeURIComponent(id)).then(function (article) {
      state.doc = id; state.article = article; state.current = Math.min(current || 0, Math.max(0, article.claims.length - 1));
      state.editing = false;
      Array.prototype.forEach.call(document.querySelectorAll("#doclist a"), function (a) { a.classList.toggle("current", a.getAttribute("data-doc") === id); });
      $("article-title").textContent = article.title || article.id;
      var text = clear($("article-text"));
      if (article.text === null) text.appendChild(el("p", { "class": "muted", text: "The article's text was not found; claims can still be judged, not added." }));
      else text.appendChild(claimx.highlighted(article.text, article.claims, function (k) { select(k); }));
      renderCards();
    }).catch(function (e) { say("could not open the article: " + e.message); });
  }

  function fieldValue(claim, f) {
    var v = get(claim, f[0]);
    if (f[2] === "bool") return v ? "yes" : "no";
    return v === null ? "" : (typeof v === "number" ? claimx.fmt(v) : String(v));
  }

  function card(claim, k) {
    var classes = ["card", claim.status || "", claim.added ? "added" : "", k === state.current ? "current" : ""].join(" ");
    var dl = el("dl");
    FIELDS.forEach(function (f) {
      dl.appendChild(el("dt", { text: f[1] }));
      dl.appendChild(el("dd", { "class": claim.corrected.indexOf(f[0]) >= 0 ? "corrected bdi" : "bdi", "data-field": f[0], text: fieldValue(claim, f) }));
    });
    return el("div", { "class": classes, id: "card-" + k, "data-claim": claim.id, onclick: function () { if (!state.editing) select(k, true); } }, [
      el("strong", { "class": "bdi", text: "#" + (k + 1) + " " + claim.text }), " ",
      el("span", { "class": "tag status", text: claim.status || (claim.added ? "added" : "not reviewed") }),
      dl,
      el("button", { type: "button", "class": "accept", onclick: function (e) { e.stopPropagation(); select(k); decide("status", "accepted"); }, text: "accept (a)" }), " ",
      el("button", { type: "button", "class": "reject", onclick: function (e) { e.stopPropagation(); select(k); decide("status", "rejected"); }, text: "reject (r)" }), " ",
      el("button", { type: "button", "class": "edit", onclick: function (e) { e.stopPropagation(); select(k); edit(); }, text: "edit (e)" })]);
  }

  function renderCards() {
    var box = clear($("cards"));
    if (!state.article.claims.length) box.appendChild(el("p", { "class": "muted", text: "No claims: select text and press c to add one." }));
    state.article.claims.forEach(function (c, k) { box.appendChild(card(c, k)); });
    select(state.current);
  }

  function select(k, fromCard) {
    var claims = state.article ? state.article.claims : [];
    if (!claims.length) return;
    state.current = Math.max(0, Math.min(k, claims.length - 1));
    Array.prototype.forEach.call(document.querySelectorAll(".card.current"), function (c) { c.classList.remove("current"); });
    var node = $("card-" + state.current);
    if (node) { node.classList.add("current"); if (!fromCard) node.scrollIntoView({ block: "nearest" }); }
    claimx.focusText($("article-text"), state.current);
  }

  // Saved decisions are shown once the article is read back: the page shows the file's state.
  function save(decisions, nextClaim) {
    if (!decisions.length) { say("nothing changed"); return Promise.resolve(); }
    return api("POST", "/api/decisions", { reviewer: reviewer.value, decisions: decisions }).then(function (r) {
      return openDoc(state.doc, nextClaim === undefined ? state.current : nextClaim).then(loadDocs).then(function () {
        say(r.saved + " decision(s) saved");
      });
    }).catch(function (e) { say("not saved: " + e.message); });
  }

  function decision(claim, field, old, value) {
    return { claim: claim.id, doc: state.doc, field: field, old: old, "new": value, claim_text: claim.added ? null : claim.text };
  }

  function decide(field, value) {
    var claim = state.article && state.article.claims[state.current];
    if (!claim) return;
    save([decision(claim, field, claim.status, value)], state.current + 1);
  }

  function edit() {
    var claim = state.article && state.article.claims[state.current];
    if (!claim || state.editing) return;
    state.editing = true;
    var form = el("form", { "class": "edit-form" });
    FIELDS.forEach(function (f) {
      var v = get(claim, f[0]), input;
      if (f[2] === "relation") input = el("select", {}, RELATIONS.map(function (r) { return el("option", { value: r, text: r, selected: v === r }); }));
      else if (f[2] === "bool") input = el("input", { type: "checkbox", checked: !!v });
      else input = el("input", { type: f[2] === "number" ? "text" : "text", inputmode: f[2] === "number" ? "decimal" : null, value: v === null ? "" : String(v) });
      input.name = f[0];
      form.appendChild(el("label", { text: f[1] })); form.appendChild(input);
    });
    form.appendChild(el("button", { type: "submit", "class": "save", text: "save (Enter)" }));
    form.appendChild(el("button", { type: "button", "class": "cancel", onclick: function () { state.editing = false; renderCards(); }, text: "cancel (Esc)" }));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var changes = [], bad = null;
      FIELDS.forEach(function (f) {
        var input = form.elements[f[0]], old = get(claim, f[0]), value;
        if (f[2] === "bool") value = input.checked;
        else if (f[2] === "number") {
          var raw = input.value.trim().replace(/\s/g, "");
          value = raw === "" ? null : Number(raw.replace(",", "."));
          if (value !== null && isNaN(value)) bad = f[1] + " is not a number: " + input.value;
        } else value = input.value.trim() === "" ? null : input.value.trim();
        if (f[2] === "bool" ? !!old !== value : old !== value) changes.push(decision(claim, f[0], old, value));
      });
      if (bad) { say(bad); return; }
      state.editing = false;
      save(changes);
    });
    form.addEventListener("keydown", function (e) { if (e.key === "Escape") { state.editing = false; renderCards(); } });
    var node = $("card-" + state.current);
    node.appendChild(form);
    form.elements[0].focus();
  }

  function selectionOffsets() {
    var box = $("article-text"), sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed || state.article.text === null) return null;
    var range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.setStart(box, 0); before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length, end = start + range.toString().length;
    while (end > start && /\s/.test(state.article.text[end - 1])) end--;
    while (start < end && /\s/.test(state.article.text[start])) start++;
    return end > start ? [start, end] : null;
  }

  function addClaim() {
    var span = state.article && selectionOffsets();
    if (!span) { say("select the claim's words in the article text first"); return; }
    var text = state.article.text.slice(span[0], span[1]);
    var id = state.doc + ":" + span[0] + "-" + span[1];
    var decisions = [{ claim: id, doc: state.doc, field: "claim", old: null, "new": { span: span, text: text } }];
    var before = state.article.claims.filter(function (c) { return c.span[0] < span[0] || (c.span[0] === span[0] && c.span[1] < span[1]); });
    window.getSelection().removeAllRanges();
    save(decisions, before.length);
  }
  $("add-claim").addEventListener("click", addClaim);

  function moveDoc(step) {
    var ids = state.docs.map(function (d) { return d.id; }), k = ids.indexOf(state.doc) + step;
    if (k >= 0 && k < ids.length) openDoc(ids[k], 0);
  }

  document.addEventListener("keydown", function (e) {
    var tag = (e.target.tagName || "").toLowerCase();
    if (state.editing || tag === "input" || tag === "select" || tag === "textarea" || e.ctrlKey || e.metaKey || e.altKey) return;
    var actions = { j: function () { select(state.current + 1); }, ArrowDown: function () { select(state.current + 1); },
      k: function () { select(state.current - 1); }, ArrowUp: function () { select(state.current - 1); },
      a: function () { decide("status", "accepted"); }, r: function () { decide("status", "rejected"); },
      e: edit, c: addClaim, n: function () { moveDoc(1); }, p: function () { moveDoc(-1); } };
    var action = actions[e.key];
    if (action) { e.preventDefault(); action(); }
  });

  loadDocs().then(function () {
    if (state.docs.length) return openDoc(state.docs[0].id, 0);
    say("no articles in this folder");
  }).then(function () { document.body.setAttribute("data-ready", "1"); });
})();
