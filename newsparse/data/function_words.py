"""Function words of many languages: the evidence that a line is running prose.

Prose in any language written with spaces is about a third to a half function words
(articles, pronouns, prepositions, conjunctions, auxiliaries); menus, headlines, tags and
names carry few. jusText's strongest single signal is this share, and it holds only as far
as the word list covers the page's language: with English words alone a German article
reads like a menu. So the classifier counts the function words of every language below at
once. The lists are short on purpose (the commonest words of each language): a longer list
adds little to prose and more collisions with content words of other languages. Scripts
written without spaces (Chinese, Japanese) are measured by character density instead (see
:mod:`newsparse.classify.body_model`).

Words are lowercase, as the classifier's word tokens (runs of ``\\w``) are.
"""

from __future__ import annotations

#: The words of each language, keyed by ISO 639-1 code.
BY_LANGUAGE: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """a about above after again against all am an and any are as at be because been
            before being below between both but by can could did do does doing down during each
            few for from further had has have having he her here hers herself him himself his
            how i if in into is it its itself just me more most my myself no nor not now of off
            on once only or other our ours out over own same she should so some such than that
            the their theirs them then there these they this those through to too under until up
            very was we were what when where which while who whom why will with would you your
            yours also said says it's they've we're he's she's i'm don't can't won't""",
        "de": """der die das den dem des ein eine einen einem einer eines und oder aber doch
            sondern denn weil dass daß wenn als ob wie wo was wer ich du er sie es wir ihr mich
            mir dich dir sich uns euch ihm ihn ihnen sein seine seinen seinem seiner ihre ihren
            ihrem ihrer unser unsere mein meine dein nicht auch noch schon nur so sehr mehr
            ist sind war waren wird werden wurde wurden hat haben hatte hatten habe kann können
            konnte muss müssen soll sollen will wollen würde bin bist sei in im an am auf aus
            bei mit nach von vom zu zum zur für über unter vor hinter durch gegen ohne um bis
            seit zwischen während dies diese dieser dieses diesem diesen jedoch dann da hier
            dort man kein keine keinen alle allem allen aller bereits etwa immer wieder""",
        "fr": """le la les l un une des du de d au aux et ou mais donc car ni que qu qui quoi
            dont où je j tu il elle on nous vous ils elles me m te t se s lui leur leurs son sa
            ses mon ma mes ton ta tes notre nos votre vos ce cet cette ces c ne n pas plus
            est sont était étaient être été a ont avait avaient avoir fait peut dans en sur
            sous par pour avec sans chez entre vers depuis pendant comme si aussi très tout
            tous toute toutes bien encore déjà même y""",
        "es": """el la los las lo un una unos unas y e o u pero sino que quien quienes cual
            cuales cuando donde como porque si ni yo tú él ella ello nosotros vosotros ellos
            ellas me te se le les nos os mi mis tu tus su sus nuestro nuestra este esta estos
            estas ese esa esos esas es son era eran ser fue fueron ha han había habían haber
            está están estaba de del al a en con sin por para sobre entre hasta desde hacia
            durante según no más muy también ya todo todos toda todas""",
        "it": """il lo la i gli le un uno una e ed o ma però che chi cui dove come quando
            perché se non né io tu lui lei noi voi loro mi ti si ci vi ne gli suo sua suoi
            sue mio mia nostro nostra questo questa questi queste quello quella è sono era
            erano essere stato stata ha hanno aveva avere di del della dei delle dello degli
            a al alla ai alle da dal dalla in nel nella nei nelle con su sul sulla per tra
            fra anche più molto già tutto tutti""",
        "pt": """o a os as um uma uns umas e ou mas que quem qual quando onde como porque se
            não nem eu tu ele ela nós vós eles elas me te se lhe lhes nos seu sua seus suas
            meu minha nosso nossa este esta estes estas esse essa isso isto é são era eram
            ser foi foram tem têm tinha ter está estão estava de do da dos das ao aos à às em
            no na nos nas num numa com sem por pelo pela para sobre entre até desde mais muito
            também já todo todos toda todas""",
        "nl": """de het een en of maar want dat die dit deze wie wat waar wanneer hoe omdat
            als ik jij je hij zij ze wij we jullie mij me hem haar ons hun zijn mijn uw niet
            geen ook nog al wel zo zeer meer is was waren wordt werd worden heeft hebben had
            hadden kan kunnen moet moeten zal zullen zou in op aan bij met naar van voor over
            onder door tegen zonder om tot uit er hier daar dan nu""",
        "sv": """och i att det som en på är av för med till den har de inte om ett han men
            var jag sig från vi så kan man när år säger hon under också efter eller nu sin där
            vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan
            över bara in blir upp även vad få två vill ha många hur mer går sverige""",
        "da": """og i at det som en på er af for med til den har de ikke om et han men var
            jeg sig fra vi så kan man når år siger hun under også efter eller nu sin der ved
            mod skal skulle kommer ud får findes være havde alle andre meget end her da over
            kun ind bliver op hvad to vil have mange hvor mere går""",
        "no": """og i at det som en på er av for med til den har de ikke om et han men var
            jeg seg fra vi så kan man når år sier hun under også etter eller nå sin der ved
            mot skal skulle kommer ut får finnes være hadde alle andre mye enn her da over
            bare inn blir opp hva to vil ha mange hvor mer går""",
        "pl": """i w na z że do się nie to jest jak o a po ale od za co jego jej ich tak
            przez przy dla tylko już może być był była było były są czy także oraz lub ten ta
            te tego tej tym które który która które również bardzo jednak gdy kiedy gdzie
            ponieważ jeśli też tu tam mnie mi go ją je nas was""",
        "cs": """a v na se že je to s z do o k i ve ale jako by jsou byl byla bylo být pro
            za po od jak už tak jeho její jejich který která které také nebo jen při není
            podle když kde protože pokud však mezi před této tento tato ten""",
        "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за
            бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну ли
            если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя
            ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без
            будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
            совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех
            никогда можно при наконец два об другой хоть после над больше тот через эти нас
            про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда
            лучше чуть том нельзя такой им более всегда конечно всю между это также""",
        "tr": """ve bir bu da de için ile olarak daha çok en gibi ama ancak ki ne o şu her
            kadar sonra önce olan oldu olduğu ise diye değil mi mı mu mü ya veya hem bunu
            bunun onun ben sen biz siz onlar""",
        "fi": """ja on ei se että hän oli ovat ole olla kun niin mutta tai jos kuin myös
            vain sen hänen ne he me te minä sinä tämä tämän joka jotka mitä mikä kanssa
            mukaan sekä jo vielä nyt sitten""",
        "hu": """a az és egy hogy nem is de meg van volt már csak mint ez azt ezt még ha
            vagy sem lesz kell mert pedig után alatt között szerint""",
        "id": """yang dan di ke dari ini itu dengan untuk tidak ada dalam akan pada juga
            oleh atau karena sudah bisa saya kami kita mereka dia ia telah lebih sebagai
            tersebut namun""",
    }.items()
}

#: Every language's function words at once: the classifier does not know a page's
#: language, and a word of one language that is a content word in another (German "die",
#: English "die") costs little against the prose it lets through.
ALL: frozenset[str] = frozenset().union(*BY_LANGUAGE.values())
