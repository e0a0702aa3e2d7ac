#include "report/html_style.hpp"

namespace claimcheck::report {

// Colours from the Okabe–Ito palette, which colour-blind readers tell apart (vermillion, yellow,
// blue), and each state also has its own underline (solid, dashed, dotted) for print in grey.
std::string_view html_style() {
    return R"css(
:root{--ink:#1b1b1b;--muted:#575757;--line:#d8d8d8;--soft:#f5f5f2;
--finding-bg:#f6c7ad;--finding:#a63d00;--unverified-bg:#f7eb9c;--unverified:#7a6000;
--holds-bg:#c6def1;--holds:#0a5a8c;--plain:#8a8a8a;--warning:#c98a00}
*{box-sizing:border-box}
html{font:16px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);background:var(--soft)}
body{margin:0 auto;max-width:84rem;padding:1rem 1.5rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0 .2rem}h2{font-size:1.3rem;margin:0 0 .3rem}h3{font-size:.95rem;margin:0 0 .3rem}
a{color:var(--holds)}code{font:.85em ui-monospace,"DejaVu Sans Mono",monospace}
.meta{color:var(--muted);margin:.2rem 0 .8rem;font-size:.9rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
section,nav.toc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;margin:1rem 0}
.overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem 2rem}
table{border-collapse:collapse;font-size:.9rem;width:100%}caption{text-align:left;padding:0 .5rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.toc ol{margin:.3rem 0;padding-left:1.5rem;columns:2 22rem}.toc li{margin:.1rem 0}
.count{color:var(--muted);font-size:.85rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.5rem 0;padding:0;list-style:none;font-size:.9rem}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;border-top:1px solid #eee;padding:.3rem 0}
.row:first-of-type{border-top:0}
.text p{margin:.35rem 0;white-space:pre-line;font:1.05rem/1.65 Georgia,"DejaVu Serif",serif}
.notes{font-size:.88rem;min-width:0}
mark{background:none;color:inherit;padding:0 .1em;border-radius:2px}
mark mark{padding:0}
mark[data-state=finding]{background:var(--finding-bg);border-bottom:2px solid var(--finding)}
mark[data-state=unverified]{background:var(--unverified-bg);border-bottom:2px dashed var(--unverified)}
mark[data-state=holds]{background:var(--holds-bg);border-bottom:2px dotted var(--holds)}
mark[data-state=plain]{border-bottom:1px dotted var(--plain)}
mark[data-findings]{cursor:pointer}
mark:target,mark.focus{outline:3px solid var(--ink);outline-offset:1px}
.finding{background:#fff;border:1px solid var(--line);border-left:6px solid var(--plain);border-radius:4px;padding:.45rem .7rem;margin:.35rem 0}
.finding.sev-error{border-left-color:var(--finding)}.finding.sev-warning{border-left-color:var(--warning)}
.finding.sev-info{border-left-color:var(--holds)}.finding.verdict-holds{border-left-color:var(--holds)}
.finding.verdict-undecided{border-left-color:var(--plain)}
.finding:target,.finding.focus{box-shadow:0 0 0 3px var(--ink)}
.finding p{margin:.25rem 0}.message{font-weight:600}
.badge{display:inline-block;font-size:.72rem;line-height:1.4;font-weight:700;padding:0 .45em;border-radius:3px;text-transform:uppercase;letter-spacing:.03em;vertical-align:middle}
.badge.sev-error{background:var(--finding);color:#fff}.badge.sev-warning{background:#f0c05a;color:#1b1b1b}
.badge.sev-info{background:var(--holds);color:#fff}.badge.verdict-holds{background:var(--holds-bg);color:#1b1b1b}
.badge.verdict-undecided{background:#e4e4e4;color:#1b1b1b}.badge.accepted{background:#e4e4e4;color:#1b1b1b}
.bound{margin:.3rem 0;padding-left:1.1rem}.bound li{margin:.15rem 0}
.role{font:.78rem ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted)}
.who,.where{color:var(--muted)}
.trace{font:.8rem/1.45 ui-monospace,"DejaVu Sans Mono",monospace;background:var(--soft);margin:.35rem 0;padding:.35rem .5rem;list-style:none;overflow-wrap:anywhere}
.trace li::before{content:"= ";color:var(--muted)}
details.verdicts{margin:.35rem 0}details.verdicts>summary{cursor:pointer;color:var(--muted)}
.graph{overflow:auto;max-height:85vh;border:1px solid var(--line);border-radius:4px;margin:.5rem 0}
.graph svg{display:block;height:auto}.graph.fitted svg{width:100%}
button{font:inherit;font-size:.85rem;padding:.2rem .6rem;border:1px solid var(--line);border-radius:4px;background:#fff;cursor:pointer}
.note{background:var(--unverified-bg);padding:.4rem .6rem;border-radius:4px}
footer{color:var(--muted);font-size:.85rem;margin-top:1rem}
@media (max-width:60rem){.row{grid-template-columns:1fr;gap:.2rem}}
@media (max-width:30rem){body{padding:.5rem .5rem 2rem}section,nav.toc{padding:.75rem}}
@media print{
html{background:#fff;font-size:11pt}body{max-width:none;padding:0}
section,nav.toc{border:0;padding:0;margin:0 0 1rem}
.row{grid-template-columns:1fr;gap:0;break-inside:avoid-page}
.finding{break-inside:avoid}
mark,.badge,.finding{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.graph{overflow:visible;max-height:none;border:0}.graph svg{width:100%}button{display:none}
a{color:inherit;text-decoration:none}
}
)css";
}

// Highlights with findings lead to them; the graph fits the width on demand; <details> open for
// print, so nothing is hidden on paper.
std::string_view html_script() {
    return R"js(
(function () {
  function focusFindings(mark) {
    document.querySelectorAll('.focus').forEach(function (x) { x.classList.remove('focus'); });
    var ids = mark.dataset.findings.split(' ');
    ids.forEach(function (id) {
      var card = document.getElementById(id);
      if (!card) return;
      card.classList.add('focus');
      var box = card.closest('details');
      if (box) box.open = true;
    });
    var first = document.getElementById(ids[0]);
    if (first) first.scrollIntoView({block: 'nearest'});
  }
  document.addEventListener('click', function (e) {
    var mark = e.target.closest('mark[data-findings]');
    if (mark) focusFindings(mark);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target.matches && e.target.matches('mark[data-findings]')) focusFindings(e.target);
  });
  document.querySelectorAll('button[data-fit]').forEach(function (button) {
    button.addEventListener('click', function () {
      var fitted = document.getElementById(button.dataset.fit).classList.toggle('fitted');
      button.setAttribute('aria-pressed', fitted ? 'true' : 'false');
    });
  });
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
)js";
}

}  // namespace claimcheck::report
