// Reload the page every data-refresh seconds while nobody is using it: not while something has the focus (a
// keyboard user on a button, a nurse typing initials) or a field holds typed text.
(function () {
  var seconds = Number(document.body.getAttribute('data-refresh'));
  if (!seconds) return;
  function busy() {
    var active = document.activeElement;
    if (active && active !== document.body && active.id !== 'innehall') return true;
    var inputs = document.querySelectorAll('input:not([type="hidden"])');
    for (var i = 0; i < inputs.length; i++) if (inputs[i].value) return true;
    return false;
  }
  setInterval(function () {
    if (!busy()) window.location.replace(window.location.pathname);
  }, seconds * 1000);
})();
