/*
 * Tasklist's calendar (the follow-up and due dates of a task: AngularJS UI Bootstrap's datepicker and timepicker,
 * which read the month and weekday names of AngularJS's $locale, English by default, and have English buttons) in
 * Vietnamese: months "Tháng 1" … "Tháng 12", weekdays "CN", "T2" … "T7", the week from Monday, the title
 * "Tháng 12 năm 2026", the buttons of a pop-up calendar "Hôm nay", "Xóa", "Đóng", a 24-hour clock.
 *
 * Loaded by Tasklist through scripts/config.js (requireJsConfig): an AMD module that defines the AngularJS module
 * desk.vi.calendar, which Tasklist adds to its own (ngDeps).
 */
define(['angular'], function (angular) {
  'use strict';

  var MONTHS = ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
    'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'];
  var SHORT_MONTHS = ['Thg 1', 'Thg 2', 'Thg 3', 'Thg 4', 'Thg 5', 'Thg 6',
    'Thg 7', 'Thg 8', 'Thg 9', 'Thg 10', 'Thg 11', 'Thg 12'];
  var DAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
  var SHORT_DAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];

  // the words of the calendar's own templates (read by screen readers, or shown as placeholders)
  var TEMPLATE_WORDS = {
    'uib/template/datepicker/day.html': [['sr-only">previous<', 'sr-only">Tháng trước<'], ['sr-only">next<', 'sr-only">Tháng sau<']],
    'uib/template/datepicker/month.html': [['sr-only">previous<', 'sr-only">Năm trước<'], ['sr-only">next<', 'sr-only">Năm sau<']],
    'uib/template/datepicker/year.html': [['sr-only">previous<', 'sr-only">Trước<'], ['sr-only">next<', 'sr-only">Sau<']],
    'uib/template/datepickerPopup/popup.html': [['sr-only">Close<', 'sr-only">Đóng<']],
    'uib/template/timepicker/timepicker.html': [['placeholder="HH"', 'placeholder="Giờ"'], ['placeholder="MM"', 'placeholder="Phút"'],
      ['placeholder="SS"', 'placeholder="Giây"']]
  };

  // after UI Bootstrap (its templates are in the cache when this module runs)
  return angular.module('desk.vi.calendar', ['ui.bootstrap'])
    .run(['$locale', '$templateCache', 'uibDatepickerConfig', 'uibDatepickerPopupConfig', 'uibTimepickerConfig',
      function ($locale, $templateCache, datepicker, popup, timepicker) {
        Object.keys(TEMPLATE_WORDS).forEach(function (url) {
          var template = $templateCache.get(url);
          if (typeof template === 'string') {
            TEMPLATE_WORDS[url].forEach(function (words) {
              template = template.split(words[0]).join(words[1]);
            });
            $templateCache.put(url, template);
          }
        });

        var f = $locale.DATETIME_FORMATS;
        f.MONTH = MONTHS;
        f.STANDALONEMONTH = MONTHS;
        f.SHORTMONTH = SHORT_MONTHS;
        f.DAY = DAYS;
        f.SHORTDAY = SHORT_DAYS;
        f.AMPMS = ['SA', 'CH'];
        f.FIRSTDAYOFWEEK = 0; // AngularJS counts from Monday
        f.shortDate = 'dd/MM/y';
        f.mediumDate = 'dd/MM/y';
        f.longDate = "d 'tháng' M 'năm' y";
        f.fullDate = "EEEE, d 'tháng' M 'năm' y";
        f.shortTime = 'HH:mm';
        f.mediumTime = 'HH:mm:ss';
        f.short = 'HH:mm dd/MM/y';
        f.medium = 'HH:mm:ss dd/MM/y';
        // the date parser of the datepicker builds its patterns again when the locale's id changes
        $locale.id = 'vi-vn';

        datepicker.startingDay = 1;
        datepicker.formatDayTitle = "'Tháng' M 'năm' yyyy";
        datepicker.formatMonthTitle = "'Năm' yyyy";
        datepicker.formatMonth = 'MMMM';
        datepicker.formatDayHeader = 'EEE';
        popup.currentText = 'Hôm nay';
        popup.clearText = 'Xóa';
        popup.closeText = 'Đóng';
        popup.datepickerPopup = 'dd/MM/yyyy';
        timepicker.showMeridian = false;
      }]);
});
