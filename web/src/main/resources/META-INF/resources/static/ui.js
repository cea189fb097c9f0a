// Ballast: small enhancements of the design system (docs/design.md). Every page works without them.
// A static file because the Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  // {#confirm}: the "Keep it" button closes its dialog (without script, the summary closes it) and
  // gives the focus back to the summary that opened it.
  document.querySelectorAll('details.confirm [data-confirm-cancel]').forEach(function (button) {
    button.hidden = false;
  });
  document.addEventListener('click', function (event) {
    var cancel = event.target.closest('[data-confirm-cancel]');
    if (!cancel) {
      return;
    }
    var details = cancel.closest('details');
    if (details) {
      details.open = false;
      details.querySelector('summary').focus();
    }
  });

  // Escape closes the open confirmation dialog or phone menu that holds the focus.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var focused = document.activeElement;
    var details = focused && (focused.closest('details.confirm[open], details.menu[open]')
        || (focused.closest('.menu-panel') && document.querySelector('details.menu[open]')));
    if (details) {
      details.open = false;
      details.querySelector('summary').focus();
    }
  });

  // Opening one confirmation dialog closes any other, so that two never overlap.
  document.addEventListener('toggle', function (event) {
    var opened = event.target;
    if (opened.matches && opened.matches('details.confirm') && opened.open) {
      document.querySelectorAll('details.confirm[open]').forEach(function (other) {
        if (other !== opened) {
          other.open = false;
        }
      });
    }
  }, true);
})();
