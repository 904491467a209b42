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

  // Autosave (forms marked data-autosave): the status line says "saving", then what the server answered. A rejected
  // draft (422) is swapped in like a saved one: its status line, and each field's error message beside the field
  // (htmx ignores error answers unless told). No answer at all (network down, server error) reads "not saved".
  function autosaveForm(event) {
    var elt = event.detail && event.detail.elt;
    return elt && elt.closest ? elt.closest('form[data-autosave]') : null;
  }

  function draftStatus(form, key) {
    var status = form.querySelector('#draft-status');
    if (status) {
      status.textContent = status.getAttribute('data-' + key);
      status.classList.remove('draft-status--saved');
      status.classList.toggle('draft-status--failed', key === 'failed');
    }
  }

  // Each field follows its error place: invalid and described by the message while there is one.
  function markFields(form) {
    form.querySelectorAll('[data-error-for]').forEach(function (slot) {
      var name = slot.getAttribute('data-error-for');
      var field = document.getElementById(name);
      var failed = !slot.hidden && slot.textContent.trim() !== '';
      var group = slot.closest('.ontario-form-group, fieldset');
      if (group) { group.classList.toggle('has-error', failed); }
      if (field && /^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName)) {
        if (failed) {
          field.setAttribute('aria-invalid', 'true');
          field.setAttribute('aria-describedby', slot.id);
        } else {
          field.removeAttribute('aria-invalid');
          field.removeAttribute('aria-describedby');
        }
      }
    });
  }

  // Once the form itself is sent ("Save and finish"), a draft save still waiting must not follow it and turn the
  // finished contact back into a draft.
  document.addEventListener('submit', function (event) {
    if (event.target.matches && event.target.matches('form[data-autosave]')) {
      event.target.setAttribute('data-submitted', 'true');
    }
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = autosaveForm(event);
    if (form && form.hasAttribute('data-submitted')) {
      event.preventDefault();
    } else if (form) {
      draftStatus(form, 'saving');
    }
  });
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (autosaveForm(event) && event.detail.xhr.status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    var form = autosaveForm(event);
    if (form) { markFields(form); }
  });
  ['htmx:sendError', 'htmx:responseError', 'htmx:timeout'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var form = autosaveForm(event);
      if (form) { draftStatus(form, 'failed'); }
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[data-focus-on-load]');
    if (summary) { summary.focus(); }
  });
})();
