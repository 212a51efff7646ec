"""The built-in French boilerplate phrases: menus, consent notices, prompts, footers.

Matched like every phrase (see :func:`~newsparse.hookspecs.newsparse_boilerplate_patterns`):
searched in the lowercased, whitespace-folded text of blocks of at most 200 characters.
Applied to pages declared French and to pages whose language is unknown. French sets a
space before ``:`` and inside ``« »``; folding turns a no-break space into a plain one.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..phrasebook import PhrasePack

#: French ``(pattern, reason)`` pairs, grouped as in the English list.
PHRASES: tuple[tuple[str, str], ...] = (
    # Browser and script banners, skip links and menu labels.
    (r"\b(?:veuillez|merci d'|vous devez) activer (?:le )?javascript\b", "banner"),
    (r"\bjavascript est (?:désactivé|requis|nécessaire)\b", "banner"),
    (r"\bvotre navigateur (?:n'est (?:pas|plus) (?:supporté|compatible)|est obsolète)\b", "banner"),
    (r"^(?:aller|passer|accéder|allez) (?:au|à la) (?:contenu|contenu principal|navigation|recherche|menu)$", "navigation"),
    (r"^(?:menu|menu principal|accueil|rechercher|recherche|fermer|retour en haut|haut de page|retour|voir plus|voir tout|tout voir|ouvrir le menu|fermer le menu)$", "navigation"),
    # Cookies and consent.
    (r"\bcookies?\b.{0,80}\b(?:accepter|acceptez|consentement|consentez|utilisons|utilise|paramétrer|paramètres|gérer|politique|traceurs)\b", "cookie"),
    (r"\b(?:ce|notre) site (?:utilise|emploie|dépose) des cookies\b", "cookie"),
    (r"\bnous utilisons des (?:cookies|traceurs)\b", "cookie"),
    (r"\ben poursuivant (?:votre )?navigation\b", "cookie"),
    (r"^(?:tout )?(?:accepter|refuser)(?: et (?:fermer|continuer)| les cookies| tout)?$", "cookie"),
    # Newsletters, sign-in and paywalls.
    (r"\b(?:inscrivez-vous|abonnez-vous|s'inscrire|inscription|je m'inscris) (?:à|a) (?:la |notre |nos )?(?:newsletters?|lettres? d'information)\b", "newsletter"),
    (r"\bnewsletters?\b.{0,60}\b(?:inscrire|inscrivez|inscription|abonner|abonnez|recevoir|recevez)\b", "newsletter"),
    (r"^(?:newsletter|newsletters|s'inscrire|se connecter|connexion|inscription|je m'abonne|abonnez-vous|s'abonner|mon compte|se déconnecter|déconnexion|créer un compte)$", "newsletter"),
    (r"\bdirectement dans votre boîte\b", "newsletter"),
    (r"\b(?:cet article|cette contribution|la suite) est réservée? aux abonnés\b", "paywall"),
    (r"\b(?:article |contenu )?réservé aux abonnés\b", "paywall"),
    (r"\b(?:déjà abonné|vous êtes abonné|vous êtes déjà abonné)\b", "paywall"),
    (r"\babonnez-vous pour (?:lire|continuer|accéder)\b", "paywall"),
    (r"\bil vous reste \d+ articles?\b", "paywall"),
    (r"^pour (?:lire la suite|accéder en illimité|continuer (?:à|a) lire)(?: (?:de |à )?(?:cet article|l'article|nos articles))?\s*[:.…]*$", "paywall"),
    # Print subscription offers: a number of issues for a price ("12 numéros pour 29,90 €").
    (r"\b\d+ numéros pour (?:seulement )?(?:€\s?)?\d", "paywall"),
    # Sharing, printing and social rows.
    (r"^(?:partager|partagez|partager sur \w+|partager l'article|partager cet article|imprimer|imprimer l'article|imprimer cet article|envoyer|envoyer par (?:e-mail|email|mail|courriel)|e-mail|email|copier le lien|lien copié|tweeter|commenter|réagir|sauvegarder|enregistrer|ajouter à mes favoris)$", "share"),
    (r"^partager (?:sur|par|via|cet|cette|l'article)\b", "share"),
    # A blog's share and like rows ("Partager :", "J'aime chargement…").
    (r"^(?:partager|partagez|partager ceci|partagez ceci) ?:$", "share"),
    (r"^(?:j[’']aime ?:? ?)?j[’']aime(?: ?:| chargement ?(?:\.{3}|…)?)?$", "share"),
    (r"^(?:suivez|retrouvez)-nous\b", "share"),
    # Advertising.
    (r"^(?:publicité|pub|annonce|contenu sponsorisé|sponsorisé|contenu partenaire|article sponsorisé|en partenariat avec)(?:\s*[:/-])?$", "advertisement"),
    (r"^(?:la suite|l'article continue|l'article se poursuit|suite de l'article) (?:après|sous|ci-dessous|en dessous de) (?:cette |la )?(?:publicité|annonce)\b", "advertisement"),
    # Affiliate-link disclosures.
    (r"\bcontient des liens (?:d'affiliation|affiliés|sponsorisés)\b", "advertisement"),
    (r"\b(?:nous )?(?:pouvons |pourrions )?(?:percevoir|toucher|recevoir) une (?:petite )?commission\b", "advertisement"),
    # Reading-time lines.
    (r"^(?:temps de lecture|durée de lecture|lecture)\s*:?\s*(?:environ |~\s*)?\d+\s*(?:min\b|minutes?\b)", "date"),
    (r"^(?:environ )?\d+\s*(?:min|minutes?) de lecture$", "date"),
    # Related, recommended and "read more".
    (r"^(?:à lire aussi|a lire aussi|lire aussi|à voir aussi|a voir aussi|voir aussi|lire la suite|en savoir plus|sur le même sujet|sur le même thème|dans la même rubrique|articles similaires|article similaire|articles liés|articles connexes|vous aimerez aussi|vous aimerez peut-être aussi|vous pourriez aussi aimer|à découvrir aussi|à découvrir|les plus lus|les plus populaires|les plus partagés|les plus commentés|à la une|dernières actualités|dernières infos|derniers articles|dernières news|nos derniers articles|article suivant|article précédent|mots-clés|mots clés|à ne pas manquer|lire plus|plus d'articles)(?:\s*[:>»])?$", "related"),
    (r"^(?:à lire aussi|a lire aussi|lire aussi|voir aussi|à voir aussi|a voir aussi|lire la suite|en savoir plus|à découvrir|sur le même sujet)\s*:\s", "related"),
    # Comments.
    (r"^(?:\d+ )?commentaires?(?: \(\d+\))?$", "comments"),
    (r"^(?:répondre|signaler|signaler un abus|signaler ce commentaire|voir les commentaires|afficher les commentaires|voir tous les commentaires|réagir à cet article)$", "comments"),
    (r"^(?:laisser|ajouter|écrire|poster|publier|laissez) (?:un|votre) commentaire\b", "comments"),
    (r"\bvotre adresse (?:e-mail|email|mail|de messagerie|courriel) ne sera pas publiée\b", "comments"),
    (r"\bles champs obligatoires sont (?:indiqués|marqués)\b", "comments"),
    (r"\bles commentaires sont (?:fermés|désactivés)\b", "comments"),
    (r"^(?:aucun commentaire|pas encore de commentaires?|soyez le premier à (?:commenter|réagir))\b", "comments"),
    # Footers: legal notice, privacy, copyright.
    (r"^(?:mentions légales|politique de confidentialité|confidentialité|données personnelles|protection des données|vie privée|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|contact|contactez-nous|nous contacter|qui sommes-nous \?|qui sommes-nous|à propos|plan du site|accessibilité|aide|recrutement|gestion des cookies|paramètres des cookies|gérer les cookies)$", "footer"),
    (r"\btous droits réservés\b", "footer"),
    (r"\bmentions légales\b.{0,40}\b(?:confidentialité|cookies|cgu|contact)\b", "footer"),
)


#: Frequent French function words that English does not share: they recognise French text
#: on pages that do not declare their language.
WORDS = frozenset({
    "le", "la", "les", "et", "est", "des", "une", "du", "au", "aux", "pour", "dans", "que",
    "qui", "pas", "sur", "ce", "cette", "sont", "avec", "il", "elle", "nous", "vous", "leur",
    "ou", "mais", "par", "ont", "été", "être", "son", "ses", "sa",
})


@hookimpl(trylast=True)
def newsparse_boilerplate_patterns():
    """Return the built-in French phrases as a pack for pages in French."""
    return PhrasePack("fr", PHRASES, WORDS)
