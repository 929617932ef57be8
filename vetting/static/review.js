// Progressive enhancement for the draft summary: selecting words in a finding's text fills the
// "add a redaction" form's start and end offsets. Without JavaScript the form works by hand.
(function () {
  "use strict";

  function offsetOf(node, offset) {
    var el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    while (el && !el.hasAttribute("data-start")) {
      if (el.classList && el.classList.contains("draft-text")) { return null; }
      el = el.parentElement;
    }
    if (!el) { return null; }
    return parseInt(el.getAttribute("data-start"), 10) + offset;
  }

  function onSelect(event) {
    var text = event.currentTarget;
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { return; }
    var id = text.getAttribute("data-finding");
    var form = document.querySelector("form.add-redaction[data-finding='" + id + "']");
    if (!form) { return; }
    form.querySelector("[name='f" + id + "-start']").value = start;
    form.querySelector("[name='f" + id + "-end']").value = end;
    form.querySelector("[name='f" + id + "-phrase']").value = "";
    var shown = form.querySelector(".selected-words");
    if (shown) {
      shown.textContent = "Selected: \u201c" + selection.toString() + "\u201d. Choose the " +
        "category and add the redaction.";
    }
    var details = form.closest("details");
    if (details) { details.open = true; }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".draft-text[data-finding]").forEach(function (text) {
      text.addEventListener("mouseup", onSelect);
      text.addEventListener("keyup", onSelect);
    });
  });
})();
