// Report form helpers: find an official by unit and name; hide contact fields when sending anonymously.
// Everything from the server is written with textContent, never as HTML.
(function () {
  'use strict';
  var button = document.getElementById('lookup');
  var unit = document.getElementById('unitCode');
  var name = document.getElementById('officialName');
  var badge = document.getElementById('badgeCode');
  var results = document.getElementById('lookup-results');
  var status = document.getElementById('lookup-status');
  var anonymous = document.getElementById('anonymous');
  var contact = document.getElementById('contact');

  function toggleContact() {
    if (anonymous && contact) {
      contact.hidden = anonymous.checked;
    }
  }
  if (anonymous) {
    anonymous.addEventListener('change', toggleContact);
    toggleContact();
  }

  // the server checks again (by content); this only spares a long upload that would be refused
  ['files', 'info-files'].forEach(function (id) {
    var input = document.getElementById(id);
    if (!input) { return; }
    input.addEventListener('change', function () {
      var tooBig = Array.prototype.filter.call(input.files, function (f) { return f.size > 10 * 1024 * 1024; });
      var tooMany = input.files.length > 5;
      input.setCustomValidity(tooBig.length ? 'Tệp ' + tooBig[0].name + ' lớn hơn 10 MB.'
        : (tooMany ? 'Gửi tối đa 5 tệp.' : ''));
      input.reportValidity();
    });
  });

  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var params = new URLSearchParams();
    if (unit.value) { params.set('unit', unit.value); }
    if (name.value) { params.set('q', name.value); }
    results.textContent = '';
    if (!unit.value && name.value.trim().length < 2) {
      status.textContent = 'Chọn đơn vị hoặc nhập ít nhất 2 chữ của họ tên.';
      return;
    }
    status.textContent = 'Đang tìm…';
    fetch('/api/public/officials?' + params.toString(), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        status.textContent = list.length ? 'Tìm thấy ' + list.length + ' người. Bấm “Chọn” để điền mã số thẻ.'
          : 'Không tìm thấy. Bạn vẫn có thể gửi với họ tên và đơn vị đã nhập.';
        list.forEach(function (o) {
          var li = document.createElement('li');
          var span = document.createElement('span');
          span.textContent = o.fullName + ' — ' + (o.title || '') + ', ' + o.unitName + ' (' + o.badgeCode + ')';
          var choose = document.createElement('button');
          choose.type = 'button';
          choose.className = 'button secondary';
          choose.textContent = 'Chọn';
          choose.setAttribute('aria-label', 'Chọn ' + o.fullName);
          choose.addEventListener('click', function () {
            badge.value = o.badgeCode;
            name.value = o.fullName;
            unit.value = o.unitCode;
            status.textContent = 'Đã chọn ' + o.fullName + ' (' + o.badgeCode + ').';
            badge.focus();
          });
          li.appendChild(span);
          li.appendChild(choose);
          results.appendChild(li);
        });
      })
      .catch(function () { status.textContent = 'Không tra cứu được lúc này.'; });
  });
})();
