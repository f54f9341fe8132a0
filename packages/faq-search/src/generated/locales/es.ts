
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
'faq.booking': `Reservar una consulta`,
'faq.categories': `Temas`,
'faq.categories.all': `Todos los temas`,
'faq.empty.consultation': `¿No encuentra su pregunta? Con gusto le asesoramos personalmente.`,
'faq.empty.popular': `Lo más consultado:`,
'faq.empty.tips': `Pruebe con otras palabras o con palabras más cortas, o elija un tema.`,
'faq.fallback': `Esta respuesta todavía no está disponible en su idioma. Aquí la tiene en alemán.`,
'faq.feedback.failed': `No se ha podido enviar su opinión.`,
'faq.feedback.no': `No`,
'faq.feedback.question': `¿Le ha resultado útil esta respuesta?`,
'faq.feedback.thanks': `Gracias por su opinión.`,
'faq.feedback.yes': `Sí`,
'faq.heading': `Preguntas frecuentes`,
'faq.input.hint': `Las respuestas adecuadas aparecen mientras escribe; los errores de escritura no son un problema.`,
'faq.input.label': `Su pregunta`,
'faq.loading': `Cargando las respuestas…`,
'faq.outdated': `Es posible que esta traducción no esté actualizada: la versión alemana se modificó más recientemente.`,
'faq.outdated.failed': `No se pudo cargar la versión alemana.`,
'faq.outdated.german': `Versión alemana`,
'faq.outdated.show-german': `Mostrar la versión alemana`,
'faq.related': `Preguntas relacionadas:`,
'faq.showAll.few': str`Mostrar las ${0} preguntas`,
'faq.showAll.many': str`Mostrar las ${0} preguntas`,
'faq.showAll.one': str`Mostrar ${0} pregunta`,
'faq.showAll.other': str`Mostrar las ${0} preguntas`,
'faq.showAll.two': str`Mostrar las ${0} preguntas`,
'faq.showAll.zero': str`Mostrar las ${0} preguntas`,
'faq.status.count.few': str`${0} respuestas encontradas.`,
'faq.status.count.many': str`${0} respuestas encontradas.`,
'faq.status.count.one': str`${0} respuesta encontrada.`,
'faq.status.count.other': str`${0} respuestas encontradas.`,
'faq.status.count.two': str`${0} respuestas encontradas.`,
'faq.status.count.zero': str`${0} respuestas encontradas.`,
'faq.status.none': `No se ha encontrado ninguna respuesta.`,
'faq.suggestions': `Sugerencias`,
'faq.updated': str`Última revisión: ${0}`,
    };
  