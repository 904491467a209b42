// Harbour's only script. Pages work without it; it adds the quick exit by Esc key and
// replaces the current history entry so Back does not return to Harbour, and never lets the
// back-forward cache show a signed-in page again.
(function () {
  'use strict';

  function quickExit(event) {
    var link = document.querySelector('[data-quick-exit]');
    if (!link) { return; }
    if (event) { event.preventDefault(); }
    document.body.style.visibility = 'hidden';
    document.title = '';
    window.location.replace(link.getAttribute('href'));
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-quick-exit]') : null;
    if (target) { quickExit(event); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') { quickExit(event); }
  });

  // Staff: "/" outside a text field puts the cursor in the search box of the staff navigation's link that claims
  // it (the directory search): at once on that page, after opening it from anywhere else.
  function searchBox() {
    return document.querySelector('form[role="search"] #q');
  }

  function directoryShortcut(event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var field = event.target && event.target.closest ? event.target.closest('input, textarea, select, [contenteditable]') : null;
    var link = document.querySelector('[data-shortcut="/"]');
    if (field || !link) { return; }
    event.preventDefault();
    var box = searchBox();
    if (box && link.pathname === window.location.pathname) {
      box.focus();
      box.select();
      return;
    }
    window.location.assign(link.getAttribute('href') + '#q');
  }

  document.addEventListener('keydown', directoryShortcut);
  document.addEventListener('DOMContentLoaded', function () {
    var box = window.location.hash === '#q' ? searchBox() : null;
    if (box) { box.focus(); }
  });

  // A signed-in page the browser brings back from its back-forward cache (Back after sign-out) is fetched
  // again, so the server decides what to show: after sign-out, the sign-in page, never the staff page.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.body && document.body.hasAttribute('data-signed-in')) {
      document.body.style.visibility = 'hidden';
      window.location.reload();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-focus-on-load]');
    if (summary) { summary.focus(); }
  });
})();
