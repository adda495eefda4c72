/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import vietnamese from '../../welcome/scripts/vietnamese.js';

export default {
  // Vietnamese only, dates day/month/year: the desk's settings for all four webapps
  ...vietnamese,
  // form-js (Camunda Forms) has its validation messages in English only: this script puts them in Vietnamese
  customScripts: ['scripts/form-js-vi.js'],
  // the calendar of the follow-up and due dates (AngularJS UI Bootstrap) in Vietnamese: an AMD module of AngularJS
  requireJsConfig: {
    deps: ['desk-datepicker-vi'],
    ngDeps: ['desk.vi.calendar'],
    paths: {
      'desk-datepicker-vi': 'scripts/datepicker-vi'
    }
  },
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // the descriptions are shown in the "Phím tắt" dialog
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi động quy trình'
    }
  }
};
