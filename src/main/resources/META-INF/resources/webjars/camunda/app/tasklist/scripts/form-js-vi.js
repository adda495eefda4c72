/*
 * Camunda Forms in Tasklist are drawn by form-js (lib/deps.js of the webapp), whose messages are English
 * strings in its code: form-js 1.x has no translation hook and Tasklist passes it no messages. This script,
 * loaded by Tasklist as a custom script (scripts/config.js, customScripts), watches the forms it draws and
 * puts those messages in Vietnamese as they appear: the validation errors under a field and the few words of
 * the viewer itself (the search box of a list, "no results", a date without its time).
 *
 * Only text inside a form-js form (.fjs-container) is touched; the desk's own labels are Vietnamese already.
 */

const EXACT = {
  'Field is required.': 'Trường này không được để trống.',
  'Field must be a valid email.': 'Địa chỉ e-mail không hợp lệ.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Số điện thoại không hợp lệ: cần ghi theo dạng quốc tế (ví dụ +84912345678).',
  'Value is not a number.': 'Giá trị phải là một số.',
  'Value is expected to be an integer.': 'Giá trị phải là số nguyên.',
  'Date and time must both be entered.': 'Cần nhập cả ngày và giờ.',
  'Invalid date': 'Ngày không hợp lệ',
  'Search': 'Tìm kiếm',
  'No results': 'Không có kết quả',
  'Select': 'Chọn',
  'Date': 'Ngày',
  'Time': 'Giờ',
  'Clear content': 'Xóa nội dung',
  'Remove tag': 'Bỏ mục này',
  'Previous page': 'Trang trước',
  'Next page': 'Trang sau',
  'Nothing to show.': 'Không có gì để hiển thị.'
};

const PATTERNS = [
  [/^Field must have minimum length of (.+)\.$/, (n) => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `Chỉ được nhập tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Giá trị nhỏ nhất được phép là ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Giá trị lớn nhất được phép là ${n}.`],
  [/^Field must match pattern (.+)\.$/s, (p) => `Giá trị không đúng định dạng yêu cầu (mẫu ${p}).`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `Giá trị chỉ được có tối đa ${n} chữ số thập phân.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Vui lòng chọn một giá trị hợp lệ; hai giá trị hợp lệ gần nhất là ${a} và ${b}.`]
];

/** The Vietnamese of one of form-js's messages, or the text itself when it is not one of them. */
export function translate(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return text;
  }
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, vietnamese] of PATTERNS) {
    const m = trimmed.match(pattern);
    if (m) {
      return text.replace(trimmed, vietnamese(...m.slice(1)));
    }
  }
  return text;
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function translateText(node) {
  const vietnamese = translate(node.data);
  if (vietnamese !== node.data) {
    node.data = vietnamese;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      const vietnamese = translate(value);
      if (vietnamese !== value) {
        element.setAttribute(name, vietnamese);
      }
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (inForm(root)) {
      translateText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || !inForm(root)) {
    // a form may be inserted inside a bigger tree: look for it below
    if (root.querySelectorAll) {
      root.querySelectorAll('.fjs-container').forEach(translateTree);
    }
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      if (inForm(mutation.target)) {
        translateText(mutation.target);
      }
    } else if (mutation.type === 'attributes') {
      if (inForm(mutation.target)) {
        translateAttributes(mutation.target);
      }
    } else {
      mutation.addedNodes.forEach(translateTree);
    }
  }
});

observer.observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});
translateTree(document.body);
