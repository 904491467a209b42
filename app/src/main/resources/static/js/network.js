// The analysts' network view. The tables of entities and links on the page are the content; this script draws
// them with Cytoscape.js (vendored, served from our origin) and, when a node is selected in the graph or its
// Expand link is followed, asks the API for its neighbours and adds them to the tables and then to the graph, so
// the two never differ. Without the script, Expand opens that entity's own network page.
(function () {
  'use strict';

  var COLOURS = {
    PERSON: '#37474f', PHONE: '#0b5394', EMAIL: '#6a1b9a', HANDLE: '#00695c',
    PLATE: '#4e342e', PLACE: '#33691e', AD: '#8a4b00', TIP: '#b00020'
  };

  function init() {
    var root = document.getElementById('network');
    var canvas = document.getElementById('network-canvas');
    if (!root || !canvas || typeof window.cytoscape !== 'function') { return; }
    var nodesBody = document.querySelector('#network-nodes tbody');
    var linksBody = document.querySelector('#network-links tbody');
    var status = document.getElementById('network-status');
    var text = root.dataset;
    var kindNames = {};
    root.querySelectorAll('.network-legend li').forEach(function (li) {
      kindNames[li.dataset.kind] = li.textContent;
    });
    var lang = document.documentElement.lang || 'en';

    // Cytoscape adds a <style> element unless one with this id exists; the page's stylesheet already positions
    // the container, and our Content-Security-Policy refuses inline styles.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      var marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }

    var cy = window.cytoscape({
      container: canvas,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(colour)', 'label': 'data(label)', 'color': '#1a1a1a', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 4, 'text-background-color': '#ffffff',
          'text-background-opacity': 0.9, 'text-background-padding': 2, 'width': 22, 'height': 22,
          'border-width': 2, 'border-color': '#ffffff' } },
        { selector: 'node.root', style: { 'width': 32, 'height': 32, 'border-color': '#1a1a1a', 'border-width': 3 } },
        { selector: 'node:selected', style: { 'border-color': '#1a1a1a', 'border-width': 4 } },
        { selector: 'edge', style: { 'width': 2, 'line-color': '#6f6f6f', 'curve-style': 'bezier' } },
        { selector: 'edge[kind = "SAME_AS"]', style: { 'line-style': 'dashed', 'line-color': '#1a1a1a' } },
        { selector: 'edge[kind = "NEAR_DUPLICATE"]', style: { 'line-style': 'dotted', 'line-color': '#8a4b00' } }
      ]
    });

    function shortLabel(label) {
      return label.length > 28 ? label.slice(0, 27) + '\u2026' : label;
    }

    function syncGraph() {
      var added = [];
      nodesBody.querySelectorAll('tr[data-id]').forEach(function (tr, i) {
        if (cy.getElementById(tr.dataset.id).nonempty()) { return; }
        var label = tr.dataset.label || text.noLabel;
        added.push({ group: 'nodes', classes: i === 0 ? 'root' : '', data: {
          id: tr.dataset.id, label: shortLabel(label), colour: COLOURS[tr.dataset.kind] || '#1a1a1a' } });
      });
      linksBody.querySelectorAll('tr[data-from]').forEach(function (tr) {
        var id = tr.dataset.from + ':' + tr.dataset.to + ':' + tr.dataset.kind;
        if (cy.getElementById(id).nonempty()) { return; }
        added.push({ group: 'edges', data: { id: id, source: tr.dataset.from, target: tr.dataset.to, kind: tr.dataset.kind } });
      });
      if (added.length) {
        cy.add(added);
        cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
      }
    }

    function cell(tr, content) {
      var td = document.createElement('td');
      if (content instanceof Node) { td.appendChild(content); } else { td.textContent = content || ''; }
      tr.appendChild(td);
      return td;
    }

    function link(href, words) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = words;
      return a;
    }

    function labelOf(id) {
      var tr = nodesBody.querySelector('tr[data-id="' + id + '"]');
      return tr ? (tr.dataset.label || text.noLabel) : id.slice(0, 8);
    }

    function addNode(n) {
      var tr = document.createElement('tr');
      tr.dataset.id = n.id;
      tr.dataset.kind = n.kind;
      tr.dataset.label = n.label || '';
      cell(tr, link(text.entities + n.id, n.label || text.noLabel));
      cell(tr, kindNames[n.kind] || n.kind);
      cell(tr, n.when ? new Date(n.when).toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' }) : '');
      cell(tr, n.city || '');
      var more = cell(tr, text.notExpanded);
      more.className = 'network-more';
      var actions = document.createElement('span');
      var expand = link(text.entities + n.id + '/network', text.expand);
      expand.className = 'network-expand';
      expand.dataset.expand = n.id;
      actions.appendChild(expand);
      actions.appendChild(document.createTextNode(' '));
      actions.appendChild(link(text.pinUrl + '?entity=' + encodeURIComponent(n.id), text.pin));
      cell(tr, actions).className = 'network-actions';
      nodesBody.appendChild(tr);
    }

    function addLink(l, words) {
      var empty = linksBody.querySelector('.network-empty');
      if (empty) { empty.remove(); }
      var tr = document.createElement('tr');
      tr.dataset.from = l.from;
      tr.dataset.to = l.to;
      tr.dataset.kind = l.kind;
      cell(tr, labelOf(l.from));
      cell(tr, labelOf(l.to));
      cell(tr, words);
      linksBody.appendChild(tr);
    }

    // the link's kind in the page's language, from the pattern the page carries ({0} is the score in percent)
    function linkWords(l) {
      var pattern = { MENTIONS: text.linkMentions, NEAR_DUPLICATE: text.linkNearDuplicate, SAME_AS: text.linkSameAs }[l.kind];
      var percent = l.score == null ? 100 : Math.round(l.score <= 1 ? l.score * 100 : l.score);
      return pattern ? pattern.replace(/''/g, "'").replace('{0}', String(percent)) : l.kind;
    }

    function markExpanded(id, more) {
      var tr = nodesBody.querySelector('tr[data-id="' + id + '"]');
      if (!tr) { return; }
      tr.querySelector('.network-more').textContent = String(more);
      var a = tr.querySelector('.network-expand');
      if (a) {
        var done = document.createElement('span');
        done.textContent = text.expandDone;
        a.replaceWith(done);
      }
    }

    function expand(id) {
      var url = text.api + encodeURIComponent(id) + '/network?depth=1' + (text.query ? '&' + text.query : '');
      fetch(url, { headers: { 'Accept': 'application/json', 'Accept-Language': lang }, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (net) {
          var count = 0;
          net.nodes.forEach(function (n) {
            if (!nodesBody.querySelector('tr[data-id="' + n.id + '"]')) { addNode(n); count++; }
          });
          net.edges.forEach(function (l) {
            if (!linksBody.querySelector('tr[data-from="' + l.from + '"][data-to="' + l.to + '"][data-kind="' + l.kind + '"]')) {
              addLink(l, linkWords(l));
            }
          });
          markExpanded(id, net.nodes[0] ? net.nodes[0].more : 0);
          syncGraph();
          status.textContent = text.added.replace(/''/g, "'").replace('{0}', String(count));
        })
        .catch(function () { status.textContent = text.failed; });
    }

    document.addEventListener('click', function (event) {
      var a = event.target.closest ? event.target.closest('a[data-expand]') : null;
      if (a && nodesBody.contains(a)) {
        event.preventDefault();
        expand(a.dataset.expand);
      }
    });
    cy.on('tap', 'node', function (event) {
      var id = event.target.id();
      var tr = nodesBody.querySelector('tr[data-id="' + id + '"]');
      if (tr && tr.querySelector('.network-expand')) { expand(id); }
    });
    // a narrower or wider window (or a phone turned) keeps the whole graph in view
    cy.on('resize', function () { cy.fit(undefined, 30); });
    syncGraph();
  }

  document.addEventListener('DOMContentLoaded', init);
}());
