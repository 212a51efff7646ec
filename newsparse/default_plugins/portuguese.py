"""The built-in Portuguese boilerplate phrases: menus, consent notices, prompts, footers.

Matched like every phrase (see :func:`~newsparse.hookspecs.newsparse_boilerplate_patterns`):
searched in the lowercased, whitespace-folded text of blocks of at most 200 characters.
Applied to pages declared Portuguese and to pages whose language is unknown. Brazilian and
European spellings differ in a few words ("compartilhar", "partilhar"): both are listed.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..phrasebook import PhrasePack

#: Portuguese ``(pattern, reason)`` pairs, grouped as in the English list.
PHRASES: tuple[tuple[str, str], ...] = (
    # Browser and script banners, skip links and menu labels.
    (r"\b(?:ative|habilite|ativar|habilitar) (?:o )?javascript\b", "banner"),
    (r"\bseu navegador (?:não é compatível|está desatualizado|não é suportado)\b", "banner"),
    (r"^(?:pular|ir|saltar) para o (?:conteúdo|conteúdo principal|menu|rodapé)$", "navigation"),
    # Cookies and consent.
    (r"\bcookies?\b.{0,80}\b(?:aceitar|aceita|aceito|concorda|consentimento|utilizamos|usamos|política|configurações)\b", "cookie"),
    (r"\b(?:utilizamos|usamos) cookies\b", "cookie"),
    (r"\b(?:este|nosso) (?:site|portal) (?:utiliza|usa) cookies\b", "cookie"),
    # Newsletters, sign-in and paywalls.
    (r"\b(?:assine|inscreva-se|cadastre-se|receba) (?:a |na |em |nossa |nossas )?(?:newsletter|newsletters|boletim)\b", "newsletter"),
    (r"^(?:assine|entrar|login|cadastre-se|minha conta|sair|newsletter|criar conta)$", "newsletter"),
    (r"\b(?:conteúdo|matéria|reportagem) (?:exclusivo |exclusiva )?(?:para|só para|apenas para) assinantes\b", "paywall"),
    (r"\bjá é assinante\b", "paywall"),
    # Print subscription offers: a number of issues for a price ("12 edições por R$ 99").
    (r"\b\d+ (?:edições|exemplares) por (?:apenas |só |somente )?(?:r\$\s?|€\s?)?\d", "paywall"),
    # Sharing, printing and social rows.
    (r"^(?:compartilhar|compartilhe|compartilhe este artigo|compartilhe esta notícia|partilhar|partilhe|imprimir|enviar por e-mail|copiar link|link copiado|comentar|salvar|whatsapp)$", "share"),
    (r"^(?:compartilhe|compartilhar|partilhe|partilhar) (?:no|na|em|via|por)\b", "share"),
    # A blog's share and like rows ("Compartilhe isso:", "Curtir Carregando...", "Gosto disto:").
    (r"^(?:compartilhe|compartilhar|partilhe|partilhar)(?: isso| isto)? ?:$", "share"),
    (r"^(?:(?:curtir|gosto)(?: isso| disto)?:? ?)?(?:curtir|gosto)(?: isso:?| disto:?|:| carregando ?(?:\.{3}|…)?)?$", "share"),
    (r"^siga-nos (?:no|na|nas|nos)\b", "share"),
    # Advertising.
    (r"^(?:publicidade|anúncio|anuncio|patrocinado|conteúdo patrocinado|publieditorial|conteúdo de marca)(?:\s*[:/-])?$", "advertisement"),
    (r"^(?:continua|continue lendo) (?:após|depois d[ao]) (?:a )?(?:publicidade|anúncio)\b", "advertisement"),
    # Reading-time lines ("Tempo de leitura: 2 minutos").
    (r"^(?:tempo (?:estimado )?de leitura)\s*:?\s*(?:cerca de |aprox\. ?|~\s*)?\d+\s*(?:min\b|minutos?\b)", "date"),
    (r"^\d+\s*(?:min\.?|minutos?) de leitura$", "date"),
    # Related and recommended lists.
    (r"^(?:leia também|leia mais|veja também|veja mais|saiba mais|mais lidas|mais lidos|notícias relacionadas|relacionadas|relacionados|artigos relacionados|recomendados para você|você também pode gostar|mais notícias|últimas notícias)(?:\s*[:>»])?$", "related"),
    (r"^(?:leia também|veja também|leia mais)\s*:", "related"),
    # Comments.
    (r"^(?:\d+ )?comentários?(?: \(\d+\))?$", "comments"),
    (r"^(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) comentário\b", "comments"),
    (r"\bseu (?:endereço de )?e-mail não será publicado\b", "comments"),
    (r"\bcampos obrigatórios são marcados\b", "comments"),
    # Footers: legal notice, privacy, copyright.
    (r"^(?:política de privacidade|privacidade|política de cookies|termos de uso|termos e condições|fale conosco|contato|contacto|quem somos|sobre nós|expediente|anuncie|trabalhe conosco|mapa do site|ajuda)$", "footer"),
    (r"\btodos os direitos reservados\b", "footer"),
    (r"\bé proibida a reprodução\b", "footer"),
)


#: Frequent Portuguese function words, few of them frequent in English, Spanish, French or
#: Polish ("do", "um", "mais", "na" are theirs too; "da" is German, less frequent there than
#: the German pack's own words): they recognise Portuguese text on pages that do not
#: declare their language.
WORDS = frozenset({
    "e", "os", "da", "dos", "não", "é", "em", "uma", "ao", "aos", "às", "pelo", "pela", "pelos", "com", "foi", "também",
    "ainda", "após", "são", "você", "isso", "já", "muito", "seu", "sua", "seus", "suas", "ele",
    "ela", "quando",
})


@hookimpl(trylast=True)
def newsparse_boilerplate_patterns():
    """Return the built-in Portuguese phrases as a pack for pages in Portuguese."""
    return PhrasePack("pt", PHRASES, WORDS)
