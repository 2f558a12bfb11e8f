// The site's search: loads the language's index (search.json) and lists the articles matching the query
// (?q=). Query words are made as the build makes the index's tokens (SearchTokens): NFKC, lower case,
// words by Intl.Segmenter where the browser has it, Han characters in adjacent pairs, Latin diacritics
// dropped; without Intl.Segmenter, Thai and Chinese queries are matched as text in titles and excerpts.
(function () {
  "use strict";
  var out = document.getElementById("search-results");
  var query = new URLSearchParams(location.search).get("q");
  if (!out || !query || !query.trim()) {
    return;
  }
  document.getElementById("search-q").defaultValue = query;
  var lang = out.getAttribute("data-lang");
  var HAN = /\p{Script=Han}/u;
  var UNSPACED = /[\p{Script=Han}\p{Script=Thai}]/u;

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  function fold(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").replace(/đ/g, "d");
  }

  function words(text) {
    if (typeof Intl !== "undefined" && Intl.Segmenter) {
      return Array.from(new Intl.Segmenter(lang, {granularity: "word"}).segment(text))
        .filter(function (s) { return s.isWordLike; }).map(function (s) { return s.segment; });
    }
    if (UNSPACED.test(text)) {
      return null;
    }
    return text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  }

  // A Han word is looked up as its adjacent pairs, which the index holds across word boundaries.
  function terms(text) {
    var found = words(text);
    if (found === null) {
      return null;
    }
    var result = [];
    found.forEach(function (word) {
      var chars = Array.from(word);
      if (chars.length > 1 && chars.every(function (c) { return HAN.test(c); })) {
        for (var i = 0; i + 1 < chars.length; i++) {
          result.push(chars[i] + chars[i + 1]);
        }
      } else {
        result.push(word);
      }
    });
    return result;
  }

  // Every term must match a token: whole (3) or as its start (1); a title holding the query text scores 2 more.
  function score(entry, queryTerms, text) {
    var total = 0;
    if (queryTerms && queryTerms.length) {
      for (var i = 0; i < queryTerms.length; i++) {
        var term = queryTerms[i];
        var folded = fold(term);
        if (entry.tokens.indexOf(term) >= 0 || entry.tokens.indexOf(folded) >= 0) {
          total += 3;
        } else if (entry.tokens.some(function (t) { return t.startsWith(term) || t.startsWith(folded); })) {
          total += 1;
        } else {
          return 0;
        }
      }
    } else if (fold(normalize(entry.title + " " + entry.excerpt)).indexOf(fold(text)) < 0) {
      return 0;
    }
    return total + (fold(normalize(entry.title)).indexOf(fold(text)) >= 0 ? 2 : 0) + 1;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function show(entries) {
    var text = normalize(query.trim());
    var queryTerms = terms(text);
    var ranked = entries.map(function (entry, order) {
      return {entry: entry, order: order, score: score(entry, queryTerms, text)};
    }).filter(function (r) { return r.score > 0; });
    ranked.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    out.textContent = "";
    if (!ranked.length) {
      out.appendChild(element("p", "empty", out.getAttribute("data-none")));
      return;
    }
    var list = element("ol", "items");
    ranked.forEach(function (r) {
      var item = element("li", "item");
      var heading = element("h2");
      var link = element("a", null, r.entry.title);
      link.href = out.getAttribute("data-root") + r.entry.path;
      heading.appendChild(link);
      item.appendChild(heading);
      if (r.entry.date) {
        item.appendChild(element("p", "meta", r.entry.date));
      }
      item.appendChild(element("p", "excerpt", r.entry.excerpt));
      list.appendChild(item);
    });
    out.appendChild(list);
  }

  fetch(out.getAttribute("data-index"))
    .then(function (response) { return response.json(); })
    .then(function (index) { show(index.articles); });
})();
