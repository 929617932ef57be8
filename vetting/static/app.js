// Progressive enhancements every page shares. The pages work without JavaScript.
(function () {
  "use strict";

  // Stacked tables on narrow screens: each cell is led by its column's name.
  function labelCells() {
    document.querySelectorAll("table").forEach(function (table) {
      var heads = table.querySelectorAll("thead th");
      if (!heads.length) { return; }
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          var head = heads[i];
          var name = head ? head.textContent.trim() : "";
          if (name && cell.tagName === "TD" && !cell.hasAttribute("data-label") &&
              cell.getAttribute("colspan") === null) {
            cell.setAttribute("data-label", name);
          }
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", labelCells);
})();
