
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
'newsletter.already-confirmed.text': `Su suscripción ya estaba confirmada; no tiene que hacer nada más. Cada número incluye un enlace para darse de baja.`,
'newsletter.already-confirmed.title': `Ya está suscrito al boletín.`,
'newsletter.already-unsubscribed.text': `Ya no recibirá más correos nuestros. Puede volver a suscribirse en cualquier momento.`,
'newsletter.already-unsubscribed.title': `Ya se ha dado de baja del boletín.`,
'newsletter.confirmed.text': `Recibirá el boletín a partir del próximo número. Cada número incluye un enlace para cancelar la suscripción.`,
'newsletter.confirmed.title': `¡Gracias! Su suscripción está confirmada.`,
'newsletter.consent': str`Acepto que ${0} guarde mi dirección de correo electrónico, los temas elegidos y el idioma para enviarme el boletín. Puedo cancelar la suscripción en cualquier momento.`,
'newsletter.email.hint': `Le enviaremos un enlace para confirmar su suscripción.`,
'newsletter.email.label': `Dirección de correo electrónico`,
'newsletter.error.consent': `Necesitamos su consentimiento para poder enviarle el boletín.`,
'newsletter.error.email-invalid': `Indique una dirección de correo electrónico válida, por ejemplo, name@example.org.`,
'newsletter.error.email-required': `Indique su dirección de correo electrónico.`,
'newsletter.error.language': `Elija un idioma.`,
'newsletter.error.topics': `Elija al menos un tema.`,
'newsletter.heading': `Suscribirse al boletín`,
'newsletter.inbox.change': `Usar otra dirección`,
'newsletter.inbox.spam': `¿No ha recibido el correo? Revise también la carpeta de correo no deseado (spam).`,
'newsletter.inbox.text': str`Le hemos enviado un correo electrónico a ${0}. Haga clic en el enlace que contiene para confirmar la suscripción. El enlace es válido durante 7 días.`,
'newsletter.inbox.title': `Ya casi está: confirme su suscripción, por favor.`,
'newsletter.intro': `Noticias sobre trabajo, inmigración y eventos por correo electrónico, en su idioma. Todos los campos son obligatorios.`,
'newsletter.language.label': `Idioma del boletín`,
'newsletter.submit': `Suscribirse`,
'newsletter.submitting': `Enviando…`,
'newsletter.token-failed.text': `Su enlace sigue siendo válido.`,
'newsletter.token-invalid.confirm': `Los enlaces de confirmación son válidos durante 7 días y solo pueden usarse una vez. Simplemente vuelva a suscribirse.`,
'newsletter.token-invalid.title': `Este enlace no es válido o ha caducado.`,
'newsletter.token-invalid.to-form': `Ir al formulario de suscripción`,
'newsletter.token-invalid.unsubscribe': `Utilice el enlace para cancelar la suscripción que aparece en el último correo del boletín que recibió.`,
'newsletter.token.confirming': `Verificando su confirmación…`,
'newsletter.token.unsubscribing': `Procesando la cancelación de su suscripción…`,
'newsletter.topic.employers': `Para empleadores`,
'newsletter.topic.events': `Eventos`,
'newsletter.topic.legal-changes': `Cambios legislativos`,
'newsletter.topic.skilled-workers': `Para trabajadores cualificados`,
'newsletter.topics.legend': `Temas`,
'newsletter.unsubscribed.text': `Ya no recibirá más correos electrónicos de nuestra parte. Puede volver a suscribirse en cualquier momento.`,
'newsletter.unsubscribed.title': `Ha cancelado su suscripción al boletín.`,
    };
  