
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Deje este campo vacío, por favor.`,
'common.new-tab': `(se abre en una pestaña nueva)`,
'common.privacy-link': `Información sobre protección de datos`,
'common.problem.kept': `Lo que ha introducido se conserva.`,
'common.problem.network': `No hay conexión con el servidor. Inténtelo de nuevo.`,
'common.problem.offline': `No tiene conexión. En cuanto vuelva a estar conectado, puede intentarlo de nuevo.`,
'common.problem.origin-not-allowed': `Este servicio aún no está habilitado para este sitio web. Póngase en contacto con los responsables de esta página.`,
'common.problem.rate-limited': `Demasiados intentos en poco tiempo. Espere unos minutos.`,
'common.problem.rate-limited-until': str`Demasiados intentos en poco tiempo. Vuelva a intentarlo a partir de las ${0}.`,
'common.problem.server': `Algo ha fallado en el servidor. Inténtelo de nuevo.`,
'common.problem.timeout': `El servidor no responde en este momento. Inténtelo de nuevo.`,
'common.retry': `Volver a intentarlo`,
'dashboard.change': str`${0} respecto a ${1}`,
'dashboard.change.fell': str`descenso de ${0} (${1}) respecto a ${2}`,
'dashboard.change.rose': str`aumento de ${0} (${1}) respecto a ${2}`,
'dashboard.change.rose-from-zero': str`aumento de ${0} respecto a ${1}`,
'dashboard.change.same': str`sin cambios respecto a ${0}`,
'dashboard.chart.keys': `Con las teclas de flecha se pasa de un punto a otro; con Inicio y Fin, al primero y al último.`,
'dashboard.csv': `Descargar los datos en CSV`,
'dashboard.dates': str`Datos actualizados a ${0} · última modificación: ${1}`,
'dashboard.heading': `Cifras de migración en el distrito`,
'dashboard.illustrative': `Datos ilustrativos, no son estadísticas oficiales`,
'dashboard.loading': `Cargando las cifras…`,
'dashboard.point': str`${0}, a ${1}: ${2}`,
'dashboard.point.single': str`A ${0}: ${1}`,
'dashboard.problem.not-found': `Este indicador no existe.`,
'dashboard.source': str`Fuente: ${0}`,
'dashboard.summary.empty': `Todavía no hay datos para este indicador.`,
'dashboard.summary.fell': str`El indicador «${0}» bajó de ${1} (${2}) a ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} en ${1}: en primer lugar, ${2} (${3}); después, ${4}.`,
'dashboard.summary.rose': str`El indicador «${0}» aumentó de ${1} (${2}) a ${3} (${4}).`,
'dashboard.summary.same': str`El indicador «${0}» se mantuvo en ${3} de ${1} a ${2}.`,
'dashboard.summary.single': str`${0} en ${1}: ${2} (${3}).`,
'dashboard.table.caption.date': str`${0}, a ${1}`,
'dashboard.table.caption.period': str`${0}, de ${1} a ${2}`,
'dashboard.table.category': `Categoría`,
'dashboard.table.date': `Fecha`,
'dashboard.table.hide': `Ocultar la tabla`,
'dashboard.table.show': `Mostrar como tabla`,
'dashboard.unit.persons.few': str`${0} personas`,
'dashboard.unit.persons.many': str`${0} personas`,
'dashboard.unit.persons.one': str`${0} persona`,
'dashboard.unit.persons.other': str`${0} personas`,
'dashboard.unit.persons.two': str`${0} personas`,
'dashboard.unit.persons.zero': str`${0} personas`,
'dashboard.unit.procedures.few': str`${0} procedimientos`,
'dashboard.unit.procedures.many': str`${0} procedimientos`,
'dashboard.unit.procedures.one': str`${0} procedimiento`,
'dashboard.unit.procedures.other': str`${0} procedimientos`,
'dashboard.unit.procedures.two': str`${0} procedimientos`,
'dashboard.unit.procedures.zero': str`${0} procedimientos`,
    };
  