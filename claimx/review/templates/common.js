"use strict";
// Shared by the report and the review page. Untrusted text only ever reaches the page through
// textContent / createTextNode / setAttribute: never innerHTML.
var claimx = (function () {
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "text") node.textContent = String(value);
        else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function fmt(value) {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return value.toLocaleString("pt-BR", { maximumFractionDigits: 6 });
    return String(value);
  }

  function valueText(q) {
    if (!q) return "";
    if (q.relation === "range") return fmt(q.low) + "–" + fmt(q.high);
    if (q.relation === "vague") return "≥ " + fmt(q.low);
    var prefix = { ">": "> ", ">=": "≥ ", "<": "< ", "<=": "≤ ", "~": "~ ", "=": "" }[q.relation] || "";
    return prefix + fmt(q.value);
  }

  function sourceName(s) { return s ? (s.canonical || s.text) : ""; }

  // Spans of one claim, by style: the claim itself, quantity, item, source, time.
  function claimSpans(claim, n) {
    var spans = [{ span: claim.span, cls: "claim", claim: n }];
    [["quantity", "q"], ["item", "i"], ["source", "s"], ["time", "t"]].forEach(function (pair) {
      var part = claim[pair[0]];
      if (part && part.span) spans.push({ span: part.span, cls: pair[1], claim: n });
    });
    return spans;
  }

  // The text cut at every span boundary; each piece carries the styles and claims covering it.
  function highlighted(text, claims, onClaim) {
    var spans = [];
    claims.forEach(function (c, n) { spans = spans.concat(claimSpans(c, n)); });
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(Math.max(0, Math.min(text.length, s.span[0])), Math.max(0, Math.min(text.length, s.span[1]))); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    var frag = document.createDocumentFragment(), first = {};
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1], piece = text.slice(a, b);
      var covering = spans.filter(function (s) { return s.span[0] <= a && s.span[1] >= b; });
      if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var classes = Array.from(new Set(covering.map(function (s) { return s.cls; })));
      var inClaim = covering.filter(function (s) { return s.cls === "claim"; });
      var owner = (inClaim[0] || covering[0]).claim;
      var node = el("span", { "class": classes.join(" "), "data-claim": owner }, [piece]);
      if (inClaim.length && !first[owner]) { node.id = "claim-" + owner; first[owner] = true; }
      if (onClaim) node.addEventListener("click", onClaim.bind(null, owner));
      frag.appendChild(node);
    }
    return frag;
  }

  function focusText(container, n) {
    Array.prototype.forEach.call(container.querySelectorAll(".focus"), function (x) { x.classList.remove("focus"); });
    var nodes = container.querySelectorAll('.claim[data-claim="' + n + '"]');
    Array.prototype.forEach.call(nodes, function (x) { x.classList.add("focus"); });
    if (nodes.length) nodes[0].scrollIntoView({ block: "center" });
  }

  function readData(id) { return JSON.parse(document.getElementById(id).textContent); }

  return { el: el, clear: clear, fmt: fmt, valueText: valueText, sourceName: sourceName,
           highlighted: highlighted, focusText: focusText, readData: readData };
})();
