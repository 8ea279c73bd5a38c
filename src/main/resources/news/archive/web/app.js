// The archive's pages work without this script; it adds results as one types and the / key.
"use strict";

(function () {
  const box = document.getElementById("q");

  // "/" puts the cursor in the search box, unless one is typing somewhere already.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    const t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) {
      return;
    }
    e.preventDefault();
    box.focus();
    box.select();
  });

  // On a search page, the results follow the query as it is typed.
  if (!box || !document.getElementById("results")) {
    return;
  }
  let timer = null;
  let asked = 0;
  let pending = null;

  function params() {
    const p = new URLSearchParams(window.location.search);
    p.delete("offset");
    p.delete("fragment");
    const q = box.value.trim();
    if (q) {
      p.set("q", q);
    } else {
      p.delete("q");
    }
    return p;
  }

  function refresh() {
    const p = params();
    const mine = ++asked;
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    const shown = "/search" + (p.toString() ? "?" + p.toString() : "");
    p.set("fragment", "1");
    fetch("/search?" + p.toString(), { signal: pending.signal, headers: { "Accept": "text/html" } })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        if (mine !== asked) {
          return;
        }
        const now = document.getElementById("results");
        const next = new DOMParser().parseFromString(html, "text/html").getElementById("results");
        if (now && next) {
          now.replaceWith(document.adoptNode(next));
          window.history.replaceState(null, "", shown);
          document.title = (box.value.trim() || "Newest articles") + " \u00b7 archive";
        }
      })
      .catch(function (e) {
        if (e.name !== "AbortError") {
          console.warn("search failed: " + e);
        }
      });
  }

  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
})();
