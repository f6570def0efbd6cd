// Dateline web UI: show who said a quote when it is clicked. No inline script (CSP).
document.addEventListener('click', function (ev) {
  var el = ev.target.closest ? ev.target.closest('[data-speaker]') : null;
  if (!el) { return; }
  var box = document.getElementById('speaker');
  if (!box) { return; }
  var cue = el.getAttribute('data-cue');
  box.textContent = 'Speaker: ' + el.getAttribute('data-speaker') + (cue ? ' (' + cue + ')' : '');
  box.hidden = false;
});
