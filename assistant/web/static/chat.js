// Chat and embed pages: what Gradio does not do by itself.
// - the skip link puts the focus in the question box;
// - "Copy" on an answer copies plain text whose numbered sources are written out as full links;
// - the comment box for a thumbs-down opens right under the rated answer.
(function () {
  "use strict";

  function questionBox() {
    return document.querySelector("#jca-question textarea, #jca-question input");
  }

  document.addEventListener("click", function (e) {
    var skip = e.target.closest && e.target.closest("a.jca-skip");
    if (!skip) return;
    var box = questionBox();
    if (box) { e.preventDefault(); box.focus(); }
  });

  // --- copy: the answer as plain text, then "Sources:" with each source's absolute link ---------------------------
  function messageOf(button) {
    var node = button;
    while (node && node !== document.body) {
      var bot = node.querySelector && node.querySelector('[data-testid="bot"]');
      if (bot) return bot;
      node = node.parentElement;
    }
    return null;
  }

  function plainText(message) {
    var holder = document.createElement("div");
    holder.style.cssText = "position:fixed;left:-10000px;top:0;width:800px;white-space:normal";
    var clone = message.cloneNode(true);
    clone.querySelectorAll(".jca-msg-sources, .jca-share, .jca-cards, .jca-sr-only, button, svg").forEach(function (n) { n.remove(); });
    clone.querySelectorAll("table").forEach(function (table) {
      var lines = Array.prototype.map.call(table.rows, function (row) {
        return Array.prototype.map.call(row.cells, function (c) { return c.textContent.trim(); }).join(" | ");
      });
      var pre = document.createElement("pre");
      pre.textContent = lines.join("\n");
      (table.closest(".jca-table-wrap") || table).replaceWith(pre);
    });
    holder.appendChild(clone);
    document.body.appendChild(holder);
    var text = clone.innerText.replace(/\n{3,}/g, "\n\n").trim();
    holder.remove();
    var sources = Array.prototype.map.call(message.querySelectorAll(".jca-msg-source"), function (item, index) {
      var link = item.querySelector("a.jca-msg-source-link");
      var meta = item.querySelector(".jca-msg-source-meta");
      var number = item.querySelector(".jca-msg-n");
      var name = "[" + (number && number.textContent.trim() ? number.textContent.trim() : String(index + 1)) + "] ";
      if (link) {
        var copy = link.cloneNode(true);
        copy.querySelectorAll(".jca-sr-only").forEach(function (n) { n.remove(); });
        name += copy.textContent;
      }
      name += meta ? meta.textContent : "";
      return name.trim() + "\n    " + (link ? link.href : "");
    });
    if (sources.length) text += "\n\nSources:\n" + sources.join("\n");
    var share = message.querySelector("a.jca-share-link");
    if (share) text += "\n\nShare link: " + share.href;
    return text;
  }

  function writeClipboard(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    var area = document.createElement("textarea");
    area.value = text;
    area.style.cssText = "position:fixed;left:-10000px;top:0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { area.remove(); }
    return Promise.resolve();
  }

  window.jcaPlainText = plainText;  // used by the browser tests, and handy from the console
  window.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest('#jca-chatbot button[aria-label="Copy message"], #jca-chatbot button[title="Copy message"]');
    if (!button) return;
    var message = messageOf(button);
    if (!message || !message.querySelector(".jca-msg-sources, .jca-share")) return;  // not an answer: Gradio copies
    e.stopPropagation();
    e.preventDefault();
    var text = plainText(message);
    button.setAttribute("data-jca-copied", text);
    writeClipboard(text).then(function () {
      button.setAttribute("aria-label", "Copied message");
      setTimeout(function () { button.setAttribute("aria-label", "Copy message"); }, 2000);
    }, function () { /* clipboard refused: the text stays in data-jca-copied */ });
  }, true);

  // --- feedback: the comment box goes under the answer that got the thumbs-down -------------------------------------
  var rated = null;
  window.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest('#jca-chatbot button[aria-label="Dislike"]');
    if (button) rated = messageOf(button);
  }, true);

  function place() {
    var row = document.getElementById("jca-feedback-row");
    if (!row || !rated || !document.contains(rated)) return;
    var visible = row.offsetParent !== null && !row.classList.contains("hidden");
    if (!visible) return;
    var anchor = rated.closest(".message-row, .message-wrap > div") || rated;
    var target = anchor.parentElement;
    if (row.previousElementSibling === anchor) return;
    target.insertBefore(row, anchor.nextSibling);
    row.classList.add("jca-feedback-inline");
    var box = row.querySelector("textarea, input");
    if (box) box.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }

  // Gradio gives the example questions' box a list role without list items (axe: aria-required-children);
  // the examples are plain buttons, so the role goes.
  function fixExamples() {
    document.querySelectorAll("#jca-chatbot .examples[role]").forEach(function (box) { box.removeAttribute("role"); });
  }

  new MutationObserver(function () { place(); fixExamples(); }).observe(document.documentElement, {
    subtree: true, attributes: true, attributeFilter: ["class", "style"], childList: true,
  });
})();
