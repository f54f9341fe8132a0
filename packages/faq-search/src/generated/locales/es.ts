
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
'faq.problem.network': `No hay conexión con el servidor. Vuelva a intentarlo, por favor.`,
'faq.problem.offline': `No tiene conexión. Las respuestas necesitan conectarse una vez para cargarse.`,
'faq.problem.server': `Las respuestas no están disponibles en este momento. Vuelva a intentarlo más tarde, por favor.`,
'faq.related': `Preguntas relacionadas:`,
'faq.showAll': str`Mostrar las ${0} preguntas`,
'faq.status.count': str`Se han encontrado ${0} respuestas.`,
'faq.status.none': `No se ha encontrado ninguna respuesta.`,
'faq.suggestions': `Sugerencias`,
'faq.updated': str`Última revisión: ${0}`,
    };
  