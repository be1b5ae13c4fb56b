// A run's page (concdemo --html): zoom, pan and hover on the timeline; narration lines that
// mark their moment. Plain script, inlined, allowed by the page's CSP hash; without it the
// timeline still shows the whole run.
(function () {
  'use strict';
  var section = document.getElementById('timeline');
  var plot = document.getElementById('plot');
  var lanes = document.getElementById('lanes');
  var axis = document.getElementById('axis');
  var range = document.getElementById('range');
  var tip = document.getElementById('tooltip');
  var mark = document.getElementById('mark');
  if (!section || !lanes) { return; }
  var end = parseFloat(section.getAttribute('data-end')) || 1;
  var height = lanes.viewBox.baseVal.height;
  var from = 0, to = end;
  var NS = 'http://www.w3.org/2000/svg';

  function said(us) {
    var a = Math.abs(us);
    if (a < 0.05) { return '0'; }
    if (a >= 1e6) { return trim((us / 1e6).toFixed(3)) + ' s'; }
    if (a >= 1e3) { return trim((us / 1e3).toFixed(2)) + ' ms'; }
    return trim(us.toFixed(1)) + ' µs';
  }
  function trim(s) { return s.indexOf('.') < 0 ? s : s.replace(/0+$/, '').replace(/\.$/, ''); }
  function niceStep(span, parts) {
    var raw = span / parts, p = Math.pow(10, Math.floor(Math.log10(raw)));
    var ms = [1, 2, 5, 10];
    for (var i = 0; i < ms.length; i++) { if (ms[i] * p >= raw) { return ms[i] * p; } }
    return 10 * p;
  }

  function show() {
    var width = to - from;
    lanes.setAttribute('viewBox', from + ' 0 ' + width + ' ' + height);
    section.setAttribute('data-from', String(Math.round(from * 10) / 10));
    section.setAttribute('data-to', String(Math.round(to * 10) / 10));
    range.textContent = said(from) + ' – ' + said(to);
    while (axis.firstChild) { axis.removeChild(axis.firstChild); }
    var step = niceStep(width, 8);
    for (var t = Math.ceil(from / step) * step; t <= to + step * 1e-6; t += step) {
      var pct = (100 * (t - from) / width) + '%';
      var g = document.createElementNS(NS, 'g');
      g.setAttribute('class', 'tick');
      var l = document.createElementNS(NS, 'line');
      l.setAttribute('x1', pct); l.setAttribute('x2', pct); l.setAttribute('y1', '0'); l.setAttribute('y2', '5');
      var tx = document.createElementNS(NS, 'text');
      tx.setAttribute('x', pct); tx.setAttribute('y', '17'); tx.textContent = said(t);
      g.appendChild(l); g.appendChild(tx); axis.appendChild(g);
    }
  }

  function zoomAt(fraction, factor) {
    var width = to - from, at = from + fraction * width;
    var w = Math.min(end, Math.max(width * factor, Math.max(end / 1e6, 1)));
    from = at - fraction * w;
    to = from + w;
    clamp();
    show();
  }
  function clamp() {
    var w = to - from;
    if (from < 0) { from = 0; to = w; }
    if (to > end) { to = end; from = Math.max(0, end - w); }
  }
  function fractionOf(clientX) {
    var box = lanes.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - box.left) / box.width));
  }

  plot.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoomAt(fractionOf(e.clientX), e.deltaY < 0 ? 0.8 : 1.25);
  }, { passive: false });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(0.5, 0.5); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(0.5, 2); });
  document.getElementById('zoom-reset').addEventListener('click', function () { from = 0; to = end; show(); });

  var drag = null;
  plot.addEventListener('mousedown', function (e) {
    drag = { x: e.clientX, from: from, to: to };
    plot.classList.add('dragging');
  });
  window.addEventListener('mousemove', function (e) {
    if (!drag) { return; }
    var box = lanes.getBoundingClientRect();
    var shift = (drag.x - e.clientX) / box.width * (drag.to - drag.from);
    from = drag.from + shift; to = drag.to + shift;
    clamp();
    show();
  });
  window.addEventListener('mouseup', function () { drag = null; plot.classList.remove('dragging'); });

  function place(e) {
    tip.style.left = Math.min(e.clientX + 12, window.innerWidth - tip.offsetWidth - 8) + 'px';
    tip.style.top = (e.clientY + 14) + 'px';
  }
  lanes.addEventListener('mouseover', function (e) {
    var el = e.target;
    if (!el.hasAttribute || !el.hasAttribute('data-text')) { return; }
    var title = el.querySelector('title');
    tip.textContent = title ? title.textContent : el.getAttribute('data-text');
    tip.hidden = false;
    place(e);
  });
  lanes.addEventListener('mousemove', function (e) { if (!tip.hidden) { place(e); } });
  lanes.addEventListener('mouseout', function () { tip.hidden = true; });

  var picked = null;
  document.querySelectorAll('.line[data-t]').forEach(function (line) {
    line.addEventListener('click', function () {
      var t = parseFloat(line.getAttribute('data-t'));
      mark.setAttribute('x1', String(t));
      mark.setAttribute('x2', String(t));
      mark.setAttribute('data-t', String(t));
      mark.setAttribute('visibility', 'visible');
      if (picked) { picked.classList.remove('picked'); }
      picked = line;
      line.classList.add('picked');
      if (t < from || t > to) {
        var w = to - from;
        from = t - w / 2; to = t + w / 2;
        clamp();
        show();
      }
      section.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
  });
  show();
})();
