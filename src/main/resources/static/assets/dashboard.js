// 12-week trend chart of the SLA dashboard (Chart.js from the bundled WebJar).
(function () {
  'use strict';
  var canvas = document.getElementById('trend');
  if (!canvas || typeof Chart === 'undefined') { return; }
  fetch(canvas.dataset.src, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (d) {
      var labels = d.labels.map(function (iso) { var p = iso.split('-'); return p[2] + '/' + p[1]; });
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: labels,
          datasets: [
            { label: 'Nhận', data: d.received, backgroundColor: '#1f3a5f' },
            { label: 'Kết thúc', data: d.closed, backgroundColor: '#1e6b2f' },
            // clocks that ran out in the week (met late or paused since included), not the overdue of today's card
            { label: 'Hết hạn trong tuần', data: d.overdue, backgroundColor: '#a4161a' }
          ]
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false, // the box's height: readable on a phone too
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { title: { display: true, text: 'Hồ sơ theo tuần (tuần bắt đầu từ thứ Hai)' } }
        }
      });
      canvas.setAttribute('data-drawn', 'true');
    })
    .catch(function () { canvas.replaceWith(document.createTextNode('Không tải được biểu đồ.')); });
})();
