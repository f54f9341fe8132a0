
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Deje este campo vacío, por favor.`,
'common.new-tab': `(se abre en una pestaña nueva)`,
'common.privacy-link': `Información sobre protección de datos`,
'common.retry': `Volver a intentarlo`,
'dashboard.change': str`${0}${1} respecto a ${2}`,
'dashboard.csv': `Descargar los datos en CSV`,
'dashboard.dates': str`Datos actualizados a ${0} · última modificación: ${1}`,
'dashboard.heading': `Cifras de migración en el distrito`,
'dashboard.illustrative': `Datos ilustrativos, no son estadísticas oficiales`,
'dashboard.loading': `Cargando las cifras…`,
'dashboard.problem.network': `No hay conexión con el servidor. Vuelva a intentarlo, por favor.`,
'dashboard.problem.not-found': `Este indicador no existe.`,
'dashboard.problem.offline': `No tiene conexión. Las cifras necesitan una conexión para cargarse.`,
'dashboard.problem.server': `Las cifras no están disponibles en este momento. Vuelva a intentarlo más tarde, por favor.`,
'dashboard.source': str`Fuente: ${0}`,
'dashboard.summary.empty': `Todavía no hay datos para este indicador.`,
'dashboard.summary.fell': str`El indicador «${0}» bajó de ${1} (${2}) a ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} en ${1}: en primer lugar, ${2} (${3}); después, ${4}.`,
'dashboard.summary.rose': str`El indicador «${0}» aumentó de ${1} (${2}) a ${3} (${4}).`,
'dashboard.summary.same': str`El indicador «${0}» se mantuvo en ${3} de ${1} a ${2}.`,
'dashboard.summary.single': str`${0} en ${1}: ${2} (${3}).`,
'dashboard.table.date': `Fecha`,
'dashboard.table.hide': `Ocultar la tabla`,
'dashboard.table.show': `Mostrar como tabla`,
    };
  