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

  // the server checks again (by content); this only spares a long upload that would be refused: the problem is
  // written next to the field (element "<id>-error"), in Vietnamese, and the form is not sent while it stands
  var MAX_BYTES = 10 * 1024 * 1024;
  var MAX_FILES = 5;
  function fileProblem(input) {
    var held = input.form ? input.form.querySelectorAll('input[name=removeHeld]:not(:checked)').length : 0;
    var tooBig = Array.prototype.filter.call(input.files, function (f) { return f.size > MAX_BYTES; });
    if (tooBig.length) {
      return tooBig.map(function (f) { return f.name + ': tệp lớn hơn 10 MB (' + (f.size / 1048576).toFixed(1).replace('.', ',')
        + ' MB)'; }).join('; ') + '. Chọn tệp nhỏ hơn hoặc bỏ tệp này.';
    }
    if (input.files.length + held > MAX_FILES) {
      return 'Gửi tối đa ' + MAX_FILES + ' tệp' + (held ? ' (đã đính kèm ' + held + ' tệp)' : '') + '.';
    }
    return '';
  }
  ['files', 'info-files'].forEach(function (id) {
    var input = document.getElementById(id);
    if (!input) { return; }
    var box = document.getElementById(id + '-error');
    function show() {
      var problem = fileProblem(input);
      input.setCustomValidity(problem);
      if (box) {
        box.textContent = problem;
        box.hidden = !problem;
      }
      return problem;
    }
    input.addEventListener('change', show);
    if (input.form) {
      input.form.addEventListener('change', function (e) { if (e.target.name === 'removeHeld') { show(); } });
      input.form.addEventListener('submit', function (e) {
        if (show()) {
          e.preventDefault();
          input.focus();
        }
      });
    }
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
