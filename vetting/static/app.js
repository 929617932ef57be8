// Progressive enhancements every page shares. The pages work without JavaScript.
(function () {
  "use strict";

  // --- Stacked tables on narrow screens: each cell is led by its column's name. ------------
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

  // --- The idle session: warn before it ends, with a way to stay signed in. ----------------
  function csrfToken() {
    var input = document.querySelector("input[name='csrf_token']");
    return input ? input.value : "";
  }

  function minutes(seconds) {
    var m = Math.max(1, Math.round(seconds / 60));
    return m + (m === 1 ? " minute" : " minutes");
  }

  function watchSession() {
    var body = document.body;
    var lifetime = parseInt(body.getAttribute("data-session-seconds") || "0", 10);
    var warn = parseInt(body.getAttribute("data-session-warn") || "0", 10);
    var box = document.getElementById("session-warning");
    if (!lifetime || !box) { return; }
    var text = box.querySelector("p");
    var stay = box.querySelector("button.stay");
    var timers = [];

    function clear() { timers.forEach(clearTimeout); timers = []; }
    function start() {
      clear();
      box.hidden = true;
      stay.hidden = false;
      timers.push(setTimeout(function () {
        text.textContent = "You will be signed out in " + minutes(Math.min(warn, lifetime)) +
          " because nothing has been sent. What you typed on this page is kept in this " +
          "browser either way.";
        box.hidden = false;
        stay.focus();
      }, Math.max(0, lifetime - warn) * 1000));
      timers.push(setTimeout(function () {
        text.textContent = "Your session has ended. What you typed on this page is kept in " +
          "this browser: sign in again and open this page to carry on.";
        stay.hidden = true;
        box.hidden = false;
      }, lifetime * 1000));
    }
    stay.addEventListener("click", function () {
      fetch(body.getAttribute("data-keep-session"), {
        method: "POST", credentials: "same-origin",
        headers: {"X-CSRFToken": csrfToken()}
      }).then(function (response) {
        if (response.ok) { start(); } else { text.textContent = "Could not stay signed in."; }
      }, function () { text.textContent = "Could not reach the server to stay signed in."; });
    });
    start();
  }

  // --- Drafts: a long form's text is kept in this browser until it is saved. ---------------
  // A form marked data-draft="<key>" is copied to localStorage as it is typed. When the page
  // is opened again empty (the session ended, the tab was closed), the text is put back. The
  // draft is dropped once the page after submitting reports success, or by the person.
  var PREFIX = "vetting-draft:";
  var SUBMITTED = "vetting-draft-submitted";
  var MAX_AGE_MS = 24 * 3600 * 1000;  // a shared computer should not keep findings for long

  function draftFields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      var type = (el.type || "").toLowerCase();
      return el.name && el.name !== "csrf_token" &&
        ["file", "hidden", "submit", "button", "password"].indexOf(type) === -1;
    });
  }

  function read(key) {
    try { return JSON.parse(localStorage.getItem(PREFIX + key) || "null"); }
    catch (e) { return null; }
  }

  function save(form, key) {
    var values = {};
    draftFields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) { values[el.name + "=" + el.value] = true; }
      } else {
        values[el.name] = el.value;
      }
    });
    try { localStorage.setItem(PREFIX + key, JSON.stringify({at: Date.now(), values: values})); }
    catch (e) { /* storage full or disabled: the form still works */ }
  }

  function restore(form, draft) {
    draftFields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = Boolean(draft.values[el.name + "=" + el.value]);
      } else if (Object.prototype.hasOwnProperty.call(draft.values, el.name)) {
        el.value = draft.values[el.name];
      }
    });
  }

  function notice(form, key, draft) {
    var box = document.createElement("div");
    box.className = "flash draft-notice";
    box.setAttribute("role", "status");
    var when = new Date(draft.at).toLocaleString();
    var p = document.createElement("p");
    p.textContent = "Your unsaved text from " + when + " was put back. Check it and save.";
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "secondary";
    discard.textContent = "Discard the restored text";
    discard.addEventListener("click", function () {
      localStorage.removeItem(PREFIX + key);
      form.reset();
      draftFields(form).forEach(function (el) {
        if (el.tagName === "TEXTAREA" || el.type === "text" || el.type === "url") { el.value = ""; }
      });
      box.remove();
    });
    box.appendChild(p);
    box.appendChild(discard);
    form.parentNode.insertBefore(box, form);
  }

  function forgetOld() {
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var name = localStorage.key(i);
      if (name && name.indexOf(PREFIX) === 0) {
        var draft = read(name.slice(PREFIX.length));
        if (!draft || Date.now() - draft.at > MAX_AGE_MS) { localStorage.removeItem(name); }
      }
    }
  }

  function keepDrafts() {
    try { localStorage.getItem(PREFIX); } catch (e) { return; }
    forgetOld();
    var forms = document.querySelectorAll("form[data-draft]");
    var submitted = sessionStorage.getItem(SUBMITTED);
    if (submitted) {
      var again = document.querySelector("form[data-draft='" + submitted + "']");
      if (!again && document.querySelector(".flash-success")) {
        localStorage.removeItem(PREFIX + submitted);  // saved: the draft has done its work
        sessionStorage.removeItem(SUBMITTED);
      } else if (again) {
        sessionStorage.removeItem(SUBMITTED);  // refused and shown again: keep the draft
      }
    }
    forms.forEach(function (form) {
      var key = form.getAttribute("data-draft");
      var draft = read(key);
      // A form the server filled from a refused post already shows what was typed.
      if (draft && form.getAttribute("data-draft-fresh") === "1") {
        restore(form, draft);
        notice(form, key, draft);
      }
      form.addEventListener("input", function () { save(form, key); });
      form.addEventListener("change", function () { save(form, key); });
      form.addEventListener("submit", function () {
        save(form, key);
        sessionStorage.setItem(SUBMITTED, key);
      });
    });
    var signout = document.querySelector("header form.signout");
    if (signout) {
      signout.addEventListener("submit", function () {
        // Signing out on purpose leaves nothing behind on a shared computer.
        for (var i = localStorage.length - 1; i >= 0; i--) {
          var name = localStorage.key(i);
          if (name && name.indexOf(PREFIX) === 0) { localStorage.removeItem(name); }
        }
      });
    }
  }

  // --- Errors: the first field with an error gets the focus, so it is seen. ----------------
  function focusFirstError() {
    var field = document.querySelector(".field.has-error input, .field.has-error select, " +
                                       ".field.has-error textarea, fieldset.has-error input");
    if (field && !document.querySelector(".draft-notice")) { field.focus(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    labelCells();
    watchSession();
    keepDrafts();
    focusFirstError();
  });
})();

// Forms that disable, remove, revoke or reset ask first (data-confirm holds the question).
document.addEventListener("submit", function (event) {
  "use strict";
  var question = event.target.getAttribute && event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) { event.preventDefault(); }
}, true);
