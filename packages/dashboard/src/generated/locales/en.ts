
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Please leave this field empty.`,
'common.new-tab': `(opens in a new tab)`,
'common.privacy-link': `Privacy notice`,
'common.problem.kept': `What you entered is kept.`,
'common.problem.network': `No connection to the server. Please try again.`,
'common.problem.offline': `You are offline. Once you are connected again, you can try again.`,
'common.problem.origin-not-allowed': `This service has not yet been enabled for this website. Please contact the operators of this page.`,
'common.problem.rate-limited': `Too many attempts in a short time. Please wait a few minutes.`,
'common.problem.rate-limited-until': str`Too many attempts in a short time. Please try again from ${0}.`,
'common.problem.server': `Something went wrong on the server. Please try again.`,
'common.problem.timeout': `The server is not responding at the moment. Please try again.`,
'common.retry': `Try again`,
'dashboard.change': str`${0} compared with ${1}`,
'dashboard.change.fell': str`decrease of ${0} (${1}) compared with ${2}`,
'dashboard.change.rose': str`increase of ${0} (${1}) compared with ${2}`,
'dashboard.change.rose-from-zero': str`increase of ${0} compared with ${1}`,
'dashboard.change.same': str`unchanged compared with ${0}`,
'dashboard.chart.keys': `Use the arrow keys to move from point to point, Home and End for the first and the last.`,
'dashboard.csv': `Download the data as CSV`,
'dashboard.dates': str`Data as of ${0} · last edited: ${1}`,
'dashboard.heading': `Migration figures for the county`,
'dashboard.illustrative': `Illustrative data, not official statistics`,
'dashboard.loading': `Loading the figures…`,
'dashboard.point': str`${0}, as of ${1}: ${2}`,
'dashboard.point.single': str`As of ${0}: ${1}`,
'dashboard.problem.not-found': `This indicator does not exist.`,
'dashboard.source': str`Source: ${0}`,
'dashboard.summary.empty': `There is no data for this indicator yet.`,
'dashboard.summary.fell': str`${0} fell from ${1} (${2}) to ${3} (${4}).`,
'dashboard.summary.ranking': str`${0}, ${1}: most ${2} (${3}), then ${4}.`,
'dashboard.summary.rose': str`${0} rose from ${1} (${2}) to ${3} (${4}).`,
'dashboard.summary.same': str`${0} stayed at ${3} from ${1} to ${2}.`,
'dashboard.summary.single': str`${0} in ${1}: ${2} (${3}).`,
'dashboard.table.caption.date': str`${0}, as of ${1}`,
'dashboard.table.caption.period': str`${0}, ${1} to ${2}`,
'dashboard.table.category': `Category`,
'dashboard.table.date': `Date`,
'dashboard.table.hide': `Hide table`,
'dashboard.table.show': `Show as table`,
'dashboard.unit.persons.few': str`${0} people`,
'dashboard.unit.persons.many': str`${0} people`,
'dashboard.unit.persons.one': str`${0} person`,
'dashboard.unit.persons.other': str`${0} people`,
'dashboard.unit.persons.two': str`${0} people`,
'dashboard.unit.persons.zero': str`${0} people`,
'dashboard.unit.procedures.few': str`${0} procedures`,
'dashboard.unit.procedures.many': str`${0} procedures`,
'dashboard.unit.procedures.one': str`${0} procedure`,
'dashboard.unit.procedures.other': str`${0} procedures`,
'dashboard.unit.procedures.two': str`${0} procedures`,
'dashboard.unit.procedures.zero': str`${0} procedures`,
    };
  