/* locdoc.js: progressive enhancement for locdoc pages. No dependencies.
   - "Read in English" switch (html.read-en), remembered in localStorage.
   - Places each segment's English popover beside its "EN" button where CSS
     anchor positioning is missing (the popover itself works without JS).
   - Inline disclosure where the popover API is missing.
   - Escape or a click elsewhere closes the language menu.
   Safe with defer, async or a plain <script> in <head>. */
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'locdoc.readEnglish';
  var GAP = 6; // px between button and card
  var EDGE = 8; // px kept free at the viewport edges

  // Storage can throw (private mode, disabled, quota): never let it break the page.
  function load() { try { return window.localStorage.getItem(KEY); } catch (e) { return null; } }
  function save(value) { try { window.localStorage.setItem(KEY, value); } catch (e) { /* ignored */ } }

  // Runs as early as the script does, ideally before first paint.
  root.classList.remove('no-js');
  root.classList.add('js');
  if (load() === '1') root.classList.add('read-en');

  // The docs-set sidebar is open in the markup (readable without JavaScript); on a narrow
  // screen it starts closed behind its menu button.
  // The search box (templates/search.html): Pagefind's UI, once its deferred script has run
  // (DOMContentLoaded comes after every deferred script). No result images: Pagefind keeps an
  // article's first image as written, relative to that article, which breaks on another page.
  // Read from disk (file://), the browser lets the search fetch nothing: no box then.
  function startSearch() {
    if (!document.getElementById('search') || typeof PagefindUI !== 'function' ||
        location.protocol === 'file:') return;
    new PagefindUI({ element: '#search', showSubResults: true, showImages: false });
  }
  if (document.readyState === 'complete') startSearch();
  else document.addEventListener('DOMContentLoaded', startSearch);

  // The site's root (templates/index.html, `data-pick` on its list): a static host cannot
  // negotiate the language, so the reader's browser languages pick a locale's home, an exact
  // tag first, then the same language in another region. A reader who came from a page of
  // this site (the "Choose your language" link) chose to be here and stays; replace() keeps the
  // root out of the history, so Back does not bounce. Without JavaScript the list is the page.
  function pickLanguage() {
    var list = document.querySelector('.language-list[data-pick]');
    if (!list) return;
    try {
      if (document.referrer && new URL(document.referrer).origin === location.origin) return;
    } catch (e) { /* an unreadable referrer: pick as for a new visit */ }
    var links = list.querySelectorAll('a[hreflang]');
    var wanted = navigator.languages && navigator.languages.length ?
      navigator.languages : [navigator.language || ''];
    // In the reader's order of preference: fr-CA, then en-US picks fr-FR before en-US.
    function find(want, match) {
      for (var i = 0; i < links.length; i++) {
        if (match(want, links[i].getAttribute('hreflang').toLowerCase())) return links[i];
      }
      return null;
    }
    for (var w = 0; w < wanted.length; w++) {
      var want = String(wanted[w]).toLowerCase();
      var chosen = find(want, function (a, b) { return a === b; }) ||
        find(want, function (a, b) { return a.split('-')[0] === b.split('-')[0]; });
      if (chosen) {
        location.replace(chosen.href);
        return;
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', pickLanguage);
  else pickLanguage();

  function closeDrawerOnNarrowScreens() {
    var drawer = document.querySelector('details.toc-drawer');
    if (drawer && window.matchMedia && window.matchMedia('(max-width: 60em)').matches) {
      drawer.open = false;
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', closeDrawerOnNarrowScreens);
  } else {
    closeDrawerOnNarrowScreens();
  }

  var hasPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
  var nativeAnchor = !!(window.CSS && CSS.supports &&
    CSS.supports('(position-area: block-end) and (anchor-scope: all)'));
  if (!nativeAnchor) root.classList.add('js-place');

  var switchButton = null; // the .read-en-switch
  var localTitle = null;

  function openPopovers() {
    return hasPopover ? document.querySelectorAll('.seg-source:popover-open') : [];
  }

  function setEnglish(on) {
    var i, open = openPopovers();
    for (i = 0; i < open.length; i++) open[i].hidePopover();
    root.classList.toggle('read-en', on);
    if (switchButton) {
      switchButton.setAttribute('aria-checked', on ? 'true' : 'false');
      var label = switchButton.getAttribute(on ? 'data-label-on' : 'data-label-off');
      if (label) switchButton.textContent = label;
    }
    var enTitle = root.getAttribute('data-en-title');
    if (enTitle && localTitle !== null) document.title = on ? enTitle : localTitle;
  }

  // Beside its button: below, or above when it does not fit below; aligned
  // with the button's inline-start side (right in RTL); clamped to the viewport.
  function place(pop) {
    var button = document.querySelector('[popovertarget="' + CSS.escape(pop.id) + '"]');
    if (!button) return;
    var width = root.clientWidth, height = window.innerHeight;
    pop.style.maxWidth = 'min(34rem, ' + (width - 2 * EDGE) + 'px)';
    pop.style.left = '0px';
    pop.style.top = '0px';
    var b = button.getBoundingClientRect();
    var p = pop.getBoundingClientRect();
    var top = b.bottom + GAP;
    if (top + p.height > height - EDGE && b.top - GAP - p.height >= EDGE) top = b.top - GAP - p.height;
    var rtl = getComputedStyle(button).direction === 'rtl';
    var left = rtl ? b.right - p.width : b.left;
    left = Math.max(EDGE, Math.min(left, width - EDGE - p.width));
    pop.style.left = Math.round(left + window.scrollX) + 'px';
    pop.style.top = Math.round(top + window.scrollY) + 'px';
  }

  function isSource(target) {
    return !nativeAnchor && target.classList && target.classList.contains('seg-source');
  }

  function init() {
    localTitle = document.title;
    switchButton = document.querySelector('.read-en-switch');
    if (switchButton) {
      switchButton.hidden = false;
      switchButton.addEventListener('click', function () {
        var on = !root.classList.contains('read-en');
        setEnglish(on);
        save(on ? '1' : '0');
      });
    }
    setEnglish(root.classList.contains('read-en'));

    if (hasPopover) {
      // toggle/beforetoggle do not bubble: listen in the capture phase.
      // Hidden until placed, so the card never flashes at the UA position.
      document.addEventListener('beforetoggle', function (e) {
        if (isSource(e.target) && e.newState === 'open') e.target.style.visibility = 'hidden';
      }, true);
      document.addEventListener('toggle', function (e) {
        if (!isSource(e.target)) return;
        if (e.target.matches(':popover-open')) place(e.target);
        e.target.style.visibility = '';
      }, true);
      window.addEventListener('resize', function () {
        var open = openPopovers();
        for (var i = 0; i < open.length; i++) if (isSource(open[i])) place(open[i]);
      });
    } else {
      // No popover API: the button becomes an inline disclosure.
      var buttons = document.querySelectorAll('.seg-toggle');
      for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-expanded', 'false');
      document.addEventListener('click', function (e) {
        var button = e.target.closest && e.target.closest('.seg-toggle');
        if (!button || !button.parentNode.classList) return;
        var open = button.parentNode.classList.toggle('seg-open');
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    }
  }

  // Another tab changed the preference.
  window.addEventListener('storage', function (e) {
    if (e.key === KEY) setEnglish(e.newValue === '1');
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

/* Tabs (DocFX tab groups, div.tabs): without JS every panel shows under its
   label. This shows the tab list and only the selected panel (WAI-ARIA tabs,
   automatic activation: arrow keys, Home and End move and select). Choosing a
   tab chooses the tab of the same id in every group of the page, and the
   choice is remembered. A link to something inside a panel selects it. */
(function () {
  'use strict';
  var KEY = 'locdoc.tab';
  function load() { try { return window.localStorage.getItem(KEY); } catch (e) { return null; } }
  function save(value) { try { window.localStorage.setItem(KEY, value); } catch (e) { /* ignored */ } }

  function tabsOf(group) { return group.querySelectorAll(':scope > .tab-list > [role="tab"]'); }
  function groupOf(tab) { return tab.parentNode.parentNode; }
  function tabFor(group, name) {
    var tabs = tabsOf(group);
    for (var i = 0; i < tabs.length; i++) if (tabs[i].getAttribute('data-tab') === name) return tabs[i];
    return null;
  }

  function select(group, tab) {
    var tabs = tabsOf(group);
    for (var i = 0; i < tabs.length; i++) {
      var on = tabs[i] === tab;
      tabs[i].setAttribute('aria-selected', on ? 'true' : 'false');
      tabs[i].tabIndex = on ? 0 : -1;
      var panel = document.getElementById(tabs[i].getAttribute('aria-controls'));
      if (panel) panel.hidden = !on;
    }
  }

  // Every group with this tab selects it; the chosen tab keeps its place on
  // screen while groups above it change height.
  function choose(tab, focus) {
    var name = tab.getAttribute('data-tab');
    var before = tab.getBoundingClientRect().top;
    var groups = document.querySelectorAll('.tabs');
    for (var i = 0; i < groups.length; i++) {
      var same = groupOf(tab) === groups[i] ? tab : tabFor(groups[i], name);
      if (same) select(groups[i], same);
    }
    var moved = tab.getBoundingClientRect().top - before;
    if (moved) window.scrollBy(0, moved);
    if (focus) tab.focus();
    save(name);
  }

  function tabOfEvent(e) {
    var tab = e.target.closest && e.target.closest('[role="tab"]');
    return tab && tab.parentNode.classList.contains('tab-list') ? tab : null;
  }

  // The element the address points at, shown: each panel around it selected.
  function reveal() {
    var id = location.hash.slice(1), target = null;
    if (!id) return;
    try { id = decodeURIComponent(id); } catch (e) { /* kept as written */ }
    target = document.getElementById(id) || document.getElementsByName(id)[0];
    var panel = target && target.closest ? target.closest('.tab-panel') : null;
    if (!panel) return;
    while (panel) {
      var tab = document.getElementById(panel.getAttribute('aria-labelledby'));
      if (tab) select(groupOf(tab), tab);
      panel = panel.parentNode.closest ? panel.parentNode.closest('.tab-panel') : null;
    }
    target.scrollIntoView();
  }

  function init() {
    var groups = document.querySelectorAll('.tabs');
    if (!groups.length) return;
    var stored = load();
    for (var i = 0; i < groups.length; i++) {
      var tab = (stored && tabFor(groups[i], stored)) || tabsOf(groups[i])[0];
      if (tab) select(groups[i], tab);
    }
    document.addEventListener('click', function (e) {
      var tab = tabOfEvent(e);
      if (tab) choose(tab, false);
    });
    document.addEventListener('keydown', function (e) {
      var tab = tabOfEvent(e);
      if (!tab || e.altKey || e.ctrlKey || e.metaKey) return;
      var tabs = tabsOf(groupOf(tab)), n = tabs.length, at = 0, next;
      for (var i = 0; i < n; i++) if (tabs[i] === tab) at = i;
      // Left and right follow the reading direction.
      var step = getComputedStyle(tab).direction === 'rtl' ? -1 : 1;
      if (e.key === 'ArrowRight') next = at + step;
      else if (e.key === 'ArrowLeft') next = at - step;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = n - 1;
      else return;
      e.preventDefault();
      choose(tabs[(next + n) % n], true);
    });
    reveal();
    window.addEventListener('hashchange', reveal);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

/* Language menu (<details class="lang-menu">): works without JS; this adds
   what a menu is expected to do, Escape and a click elsewhere close it. */
(function () {
  'use strict';
  function openMenus() { return document.querySelectorAll('details.lang-menu[open]'); }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var menus = openMenus();
    for (var i = 0; i < menus.length; i++) {
      var summary = menus[i].querySelector('summary');
      menus[i].open = false;
      if (summary && menus[i].contains(document.activeElement)) summary.focus();
    }
  });
  document.addEventListener('click', function (e) {
    var menus = openMenus();
    for (var i = 0; i < menus.length; i++) {
      if (!menus[i].contains(e.target)) menus[i].open = false;
    }
  });
})();

/* A code block wider than its column scrolls sideways (pre { overflow-x: auto }); a keyboard
   can scroll it only once it takes focus, so each block that overflows gets a tab stop, and
   loses it when a wider window no longer makes it scroll. */
(function () {
  'use strict';
  var MARK = 'data-scroll-stop';
  function update() {
    var blocks = document.querySelectorAll('pre');
    for (var i = 0; i < blocks.length; i++) {
      var pre = blocks[i];
      if (pre.scrollWidth > pre.clientWidth) {
        if (!pre.hasAttribute('tabindex')) {
          pre.setAttribute('tabindex', '0');
          pre.setAttribute(MARK, '');
        }
      } else if (pre.hasAttribute(MARK)) {
        pre.removeAttribute('tabindex');
        pre.removeAttribute(MARK);
      }
    }
  }
  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; update(); });
  });
  window.addEventListener('load', update);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', update);
  else update();
})();

/* Alignment report (_align/): filter unit rows by flag and locale columns by
   locale. Without JS the filters stay hidden and every row and column shows. */
(function () {
  'use strict';
  function init() {
    var form = document.querySelector('.align-filters');
    var table = document.querySelector('.align-units');
    if (!form || !table) return;
    form.hidden = false;
    var shown = form.querySelector('.align-shown');
    function checked(kind) {
      var set = {}, boxes = form.querySelectorAll('input[data-filter="' + kind + '"]');
      for (var i = 0; i < boxes.length; i++) set[boxes[i].value] = boxes[i].checked;
      return set;
    }
    function apply() {
      var flags = checked('flag'), locales = checked('locale');
      var anyFlag = false, code;
      for (code in flags) if (flags[code]) anyFlag = true;
      var cells = table.querySelectorAll('[data-locale]');
      for (var i = 0; i < cells.length; i++) {
        // Findings of locales without a column (none here) stay visible.
        cells[i].hidden = locales[cells[i].getAttribute('data-locale')] === false;
      }
      var rows = table.querySelectorAll('tbody tr'), visible = 0;
      for (var r = 0; r < rows.length; r++) {
        var keep = !anyFlag;
        var findings = rows[r].querySelectorAll('.align-finding');
        for (var f = 0; f < findings.length && !keep; f++) {
          keep = !findings[f].hidden && flags[findings[f].getAttribute('data-code')] === true;
        }
        rows[r].hidden = !keep;
        if (keep) visible++;
      }
      if (shown) shown.textContent = visible + ' / ' + rows.length;
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    apply();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
