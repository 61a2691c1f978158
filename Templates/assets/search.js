// Search and filters for the careers index page.
//
// The page lists every role without this script. The script only reveals the search form, hides
// the role cards that do not match, says how many match in a live region, and keeps the query and
// filters in the URL (?q=…&industry=…) so a filtered view can be bookmarked or shared. The roles'
// text comes from search-index.js, written by `hirekit build`, so it works opened from disk too.
(function () {
  'use strict';
  var roles = window.hirekitRoles;
  var form = document.getElementById('role-search');
  var status = document.getElementById('search-status');
  if (!Array.isArray(roles) || !form || !status) return;

  var query = form.elements.namedItem('q');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var cards = Array.prototype.slice.call(document.querySelectorAll('.role-card[data-role]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('.department'));
  var byId = {};
  roles.forEach(function (role) {
    role.passages = role.text.map(normalize);
    byId[role.id] = role;
  });

  // Lower case, accents removed, anything but letters and digits turned into single spaces, so
  // "Front-Desk" and "front desk" are the same words.
  function normalize(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }

  // A query matches a passage that has its words in order, each at the start of a word:
  // "front desk" finds "Front Desk Clerk" and "hotel front desk", not "front office … help desk";
  // "recep" finds "receptionist" while the candidate is still typing.
  function phrase(text) {
    var words = normalize(text).split(' ').filter(Boolean);
    return words.length ? new RegExp('(^| )' + words.join('[a-z0-9]* ')) : null;
  }

  var filterFields = {
    department: function (role, value) { return role.department === value; },
    track: function (role, value) { return role.track === value; },
    industry: function (role, value) { return role.industries.indexOf(value) >= 0; },
    type: function (role, value) { return role.types.indexOf(value) >= 0; },
    location: function (role, value) { return role.locations.indexOf(value) >= 0; }
  };

  function matches(role, pattern) {
    if (!role) return true; // a card the index does not know stays visible
    if (pattern && !role.passages.some(function (passage) { return pattern.test(passage); })) return false;
    return selects.every(function (select) {
      var test = filterFields[select.name];
      return !select.value || !test || test(role, select.value);
    });
  }

  function update(rewriteURL) {
    var pattern = phrase(query.value);
    var shown = 0;
    cards.forEach(function (card) {
      var visible = matches(byId[card.getAttribute('data-role')], pattern);
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('.role-card:not([hidden])');
    });
    var filtered = query.value.trim() !== '' || selects.some(function (select) { return select.value; });
    status.textContent = !filtered ? 'Showing all ' + cards.length + ' roles.'
      : shown === 0 ? 'No roles match. Try fewer words or another filter, or clear the search.'
      : 'Showing ' + shown + ' of ' + cards.length + ' roles.';
    if (rewriteURL) writeURL();
  }

  function writeURL() {
    var params = new URLSearchParams();
    if (query.value.trim()) params.set('q', query.value.trim());
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var search = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
    } catch (error) {
      // Some browsers refuse history changes for pages opened from disk; the search still works.
    }
  }

  function readURL() {
    var params = new URLSearchParams(location.search);
    query.value = params.get('q') || '';
    selects.forEach(function (select) {
      var wanted = params.get(select.name) || '';
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
      select.value = known ? wanted : '';
    });
  }

  query.addEventListener('input', function () { update(true); });
  selects.forEach(function (select) { select.addEventListener('change', function () { update(true); }); });
  form.addEventListener('submit', function (event) { event.preventDefault(); update(true); });
  document.getElementById('search-clear').addEventListener('click', function () {
    query.value = '';
    selects.forEach(function (select) { select.value = ''; });
    update(true);
    query.focus();
  });

  readURL();
  form.hidden = false;
  update(false);
}());
