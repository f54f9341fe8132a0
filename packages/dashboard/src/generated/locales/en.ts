
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Please leave this field empty.`,
'common.new-tab': `(opens in a new tab)`,
'common.privacy-link': `Privacy notice`,
'common.retry': `Try again`,
'dashboard.change': str`${0}${1} compared with ${2}`,
'dashboard.csv': `Download the data as CSV`,
'dashboard.dates': str`Data as of ${0} · last edited: ${1}`,
'dashboard.heading': `Migration figures for the county`,
'dashboard.illustrative': `Illustrative data, not official statistics`,
'dashboard.loading': `Loading the figures…`,
'dashboard.problem.network': `No connection to the server. Please try again.`,
'dashboard.problem.not-found': `This indicator does not exist.`,
'dashboard.problem.offline': `You are offline. The figures need a connection.`,
'dashboard.problem.server': `The figures are not available right now. Please try again later.`,
'dashboard.source': str`Source: ${0}`,
'dashboard.summary.empty': `There is no data for this indicator yet.`,
'dashboard.summary.fell': str`${0} fell from ${1} (${2}) to ${3} (${4}).`,
'dashboard.summary.ranking': str`${0}, ${1}: most ${2} (${3}), then ${4}.`,
'dashboard.summary.rose': str`${0} rose from ${1} (${2}) to ${3} (${4}).`,
'dashboard.summary.same': str`${0} stayed at ${3} from ${1} to ${2}.`,
'dashboard.summary.single': str`${0} in ${1}: ${2} (${3}).`,
'dashboard.table.date': `Date`,
'dashboard.table.hide': `Hide table`,
'dashboard.table.show': `Show as table`,
    };
  