// Draws the case's BPMN diagram with bpmn-js (bundled WebJar) and highlights the current step(s).
(function () {
  'use strict';
  var box = document.getElementById('diagram');
  var status = document.getElementById('diagram-status');
  if (!box || typeof BpmnJS === 'undefined') {
    if (status) { status.textContent = 'Không vẽ được sơ đồ.'; }
    return;
  }
  var viewer = new BpmnJS({ container: box });
  Promise.all([
    fetch(box.dataset.xml, { credentials: 'same-origin' }).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); }),
    fetch(box.dataset.active, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : []; })
  ]).then(function (res) {
    return viewer.importXML(res[0]).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      var names = [];
      res[1].forEach(function (id) {
        if (registry.get(id)) {
          canvas.addMarker(id, 'highlight');
          var bo = registry.get(id).businessObject;
          names.push(bo.name || id);
        }
      });
      box.setAttribute('data-highlighted', res[1].join(','));
      status.textContent = names.length ? 'Bước hiện tại: ' + names.join(', ') : 'Không có bước đang chờ.';
    });
  }).catch(function () { status.textContent = 'Không tải được sơ đồ quy trình.'; });
})();
