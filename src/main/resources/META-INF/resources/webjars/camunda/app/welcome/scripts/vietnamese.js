/*
 * The case desk's settings shared by the config.js of its four webapps (Tasklist, Cockpit, Admin, Welcome), each of
 * which spreads them into its own configuration.
 */
export default {
  // Vietnamese is the only language of the desk's webapps (locales/vi.json, written for the desk); add 'en'
  // to availableLocales to let a browser set to English get Camunda's English texts
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  // Vietnamese dates: day/month/year, 24-hour clock (moment.js formats)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  }
};
