"""The built-in Spanish boilerplate phrases: menus, consent notices, prompts, footers.

Matched like every phrase (see :func:`~newsparse.hookspecs.newsparse_boilerplate_patterns`):
searched in the lowercased, whitespace-folded text of blocks of at most 200 characters.
Applied to pages declared Spanish and to pages whose language is unknown. Accents are
often left off on the web ("suscribete", "mas"), so the common words take both spellings.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..phrasebook import PhrasePack

#: Spanish ``(pattern, reason)`` pairs, grouped as in the English list.
PHRASES: tuple[tuple[str, str], ...] = (
    # Browser and script banners, skip links and menu labels.
    (r"\b(?:habilite|active|activa|habilita|debe habilitar|debes habilitar) (?:el )?javascript\b", "banner"),
    (r"\bjavascript (?:está )?(?:desactivado|deshabilitado)\b", "banner"),
    (r"\b(?:su|tu) navegador (?:no es compatible|no está soportado|está desactualizado|es antiguo)\b", "banner"),
    (r"^(?:saltar|ir|pasar) al (?:contenido|contenido principal|menú|menu|buscador|pie de página)$", "navigation"),
    (r"^(?:menú|menu|menú principal|inicio|portada|buscar|búsqueda|buscador|cerrar|volver arriba|ir arriba|subir|volver|ver más|ver mas|ver todo|ver todos|ver todas|abrir menú|cerrar menú)$", "navigation"),
    # Cookies and consent.
    (r"\bcookies?\b.{0,80}\b(?:aceptar|acepta|aceptas|acepto|aceptación|consentimiento|utilizamos|usamos|utiliza|configuración|configurar|política|rechazar)\b", "cookie"),
    (r"\b(?:utilizamos|usamos) (?:cookies|galletas)\b", "cookie"),
    (r"\b(?:este|nuestro) (?:sitio|sitio web|portal|web) (?:utiliza|usa) (?:cookies|galletas)\b", "cookie"),
    (r"\bsi (?:continúa|continua|continúas|continuas|sigue|sigues) navegando\b", "cookie"),
    (r"^(?:aceptar|rechazar|aceptar todas?|rechazar todas?|aceptar y cerrar|aceptar y continuar|aceptar cookies|acepto)$", "cookie"),
    # Newsletters, sign-in and paywalls.
    (r"\b(?:suscríbete|suscribete|suscríbase|suscribase|regístrate|registrate|apúntate|apuntate) (?:a|al) (?:nuestro |nuestra |nuestros |nuestras |la |el )?(?:newsletters?|boletín|boletin|boletines)\b", "newsletter"),
    (r"\b(?:newsletter|boletín|boletin)\b.{0,60}\b(?:suscríbete|suscribete|suscribirse|suscribirte|recibe|recibir|inscríbete|apúntate)\b", "newsletter"),
    (r"^(?:suscríbete|suscribete|suscribirse|suscripción|iniciar sesión|inicia sesión|regístrate|registrate|registrarse|entrar|acceder|mi cuenta|cerrar sesión|newsletter|boletín|crear cuenta)$", "newsletter"),
    (r"\ben tu bandeja de entrada\b", "newsletter"),
    (r"\b(?:contenido|artículo|articulo|noticia) (?:exclusivo |exclusiva )?(?:para|solo para|sólo para) (?:suscriptores|socios|abonados)\b", "paywall"),
    (r"\bexclusivo (?:para )?(?:suscriptores|abonados)\b", "paywall"),
    (r"\bya eres suscriptor\b", "paywall"),
    (r"\bhas (?:alcanzado|llegado a) (?:el )?(?:límite|limite|tope)\b", "paywall"),
    (r"^suscríbete (?:ahora|ya|por|desde)\b", "paywall"),
    (r"^hazte (?:miembro|socio|suscriptor)\b", "paywall"),
    # Print subscription offers: a number of issues for a price ("12 números por 30 €").
    (r"\b\d+ (?:números|ejemplares) por (?:solo |sólo |solamente )?(?:€\s?)?\d", "paywall"),
    # Sharing, printing and social rows.
    (r"^(?:compartir|comparte|compartir en \w+|compartir artículo|compartir este artículo|comparte esta noticia|compartir noticia|imprimir|imprimir artículo|imprimir noticia|enviar|enviar por (?:e-mail|email|correo)|correo|e-mail|email|copiar enlace|copiar link|enlace copiado|tuitear|comentar|guardar|whatsapp)$", "share"),
    (r"^compartir (?:en|por|vía|via|esta|este)\b", "share"),
    (r"^comparte (?:en|por|vía|via|esta|este)\b", "share"),
    # A blog's share and like rows ("Compartir esto:", "Me gusta Cargando...").
    (r"^(?:compartir|comparte)(?: esto)? ?:$", "share"),
    (r"^(?:me gusta:? ?)?me gusta(?::| cargando ?(?:\.{3}|…)?)?$", "share"),
    (r"^síguenos\b", "share"),
    (r"^siguenos\b", "share"),
    # Advertising.
    (r"^(?:publicidad|anuncio|patrocinado|contenido patrocinado|contenido promocionado|promocionado|espacio publicitario|contenido de marca)(?:\s*[:/-])?$", "advertisement"),
    (r"^(?:continúa|continua|sigue) (?:debajo|después|despues|tras) (?:de la |del |la )?(?:publicidad|anuncio)\b", "advertisement"),
    # Affiliate-link disclosures.
    (r"\bcontiene enlaces (?:de afiliados?|afiliados)\b", "advertisement"),
    (r"\b(?:podemos |podríamos )?(?:recibir|ganar|obtener|cobrar) una (?:pequeña )?comisión\b", "advertisement"),
    # Reading-time lines.
    (r"^(?:tiempo (?:estimado )?de lectura|lectura)\s*:?\s*(?:aprox\. ?|~\s*)?\d+\s*(?:min\b|minutos?\b)", "date"),
    (r"^(?:aprox\. ?)?\d+\s*(?:min|minutos?) de lectura$", "date"),
    # Related, recommended and "read more".
    (r"^(?:lee también|lee tambien|lea también|lea tambien|leer también|te puede interesar|le puede interesar|también te puede interesar|quizás te interese|quizá te interese|puede interesarte|te recomendamos|recomendados|relacionados|noticias relacionadas|notas relacionadas|artículos relacionados|articulos relacionados|contenido relacionado|temas relacionados|más noticias|mas noticias|más leídas|lo más leído|las más leídas|lo más visto|más vistas|lo último|últimas noticias|ultimas noticias|leer más|leer mas|seguir leyendo|sigue leyendo|no te pierdas|mira también|ver también|véase también|etiquetas|noticia anterior|noticia siguiente|artículo anterior|artículo siguiente|entrada anterior|entrada siguiente)(?:\s*[:>»])?$", "related"),
    (r"^(?:lee también|lee tambien|lea también|lea tambien|te puede interesar|le puede interesar|mira también|ver también|leer más|leer mas|te recomendamos|no te pierdas|relacionado|relacionada)\s*:\s", "related"),
    # Comments.
    (r"^(?:\d+ )?comentarios?(?: \(\d+\))?$", "comments"),
    (r"^(?:responder|denunciar|reportar|ver comentarios|mostrar comentarios|ver todos los comentarios|publicar comentario|enviar comentario)$", "comments"),
    (r"^(?:deja|dejar|escribe|escribir|añade|añadir|publica|publicar) (?:un|tu|su) comentario\b", "comments"),
    (r"\bcorreo electrónico no será publicad[ao]\b", "comments"),
    (r"\blos campos obligatorios están marcados\b", "comments"),
    (r"\blos comentarios están cerrados\b", "comments"),
    (r"^(?:sé el primero en comentar|se el primero en comentar|no hay comentarios|sin comentarios)$", "comments"),
    # Footers: legal notice, privacy, copyright.
    (r"^(?:aviso legal|política de privacidad|politica de privacidad|privacidad|política de cookies|términos y condiciones|condiciones de uso|términos de uso|contacto|contáctenos|contáctanos|contactanos|quiénes somos|quienes somos|sobre nosotros|acerca de|mapa del sitio|mapa web|accesibilidad|ayuda|preguntas frecuentes|trabaja con nosotros|anúnciate|anunciate|configuración de cookies)$", "footer"),
    (r"\btodos los derechos reservados\b", "footer"),
    (r"\baviso legal\b.{0,40}\b(?:privacidad|cookies|contacto)\b", "footer"),
    (r"\bprohibida (?:su|la) reproducción\b", "footer"),
)


#: Frequent Spanish function words that English does not share: they recognise Spanish text
#: on pages that do not declare their language.
WORDS = frozenset({
    "el", "la", "los", "las", "y", "es", "que", "una", "para", "con", "por", "del", "al", "lo",
    "como", "pero", "sus", "su", "se", "más", "fue", "está", "este", "esta", "también", "muy",
    "hay", "ya", "entre", "cuando", "sobre",
})


@hookimpl(trylast=True)
def newsparse_boilerplate_patterns():
    """Return the built-in Spanish phrases as a pack for pages in Spanish."""
    return PhrasePack("es", PHRASES, WORDS)
