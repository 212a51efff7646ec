"""newsparse-entities: named entities and their clusters for newsparse articles.

Use it directly on any string::

    from newsparse_entities import find_entities
    for m in find_entities("President Obama met Vladimir Putin."):
        print(m.text, m.label, m.canonical, m.entity_id)

or install it next to newsparse, and every parsed article carries ``entity``
annotations from the ``entities`` extractor.
"""

from newsparse import hookimpl

from .engines import SPACY_MODEL_ENV, BuiltinEngine, Engine, SpacyEngine, default_engine
from .extractor import EntityExtractor, article_fields, to_annotation
from .finder import EntityFinder, find_entities
from .resolve import LABELS, Mention

__version__ = "0.1.0"

#: Our labels mapped to the four CoNLL-2003 types, as the benchmark scores them.
CONLL_TYPES = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "MISC": "MISC",
}


@hookimpl
def newsparse_register_extractors(register):
    """Register the ``entities`` extractor.

    Args:
        register: newsparse's registration callback.
    """
    register(EntityExtractor())


__all__ = [
    "CONLL_TYPES",
    "LABELS",
    "SPACY_MODEL_ENV",
    "BuiltinEngine",
    "Engine",
    "EntityExtractor",
    "EntityFinder",
    "Mention",
    "SpacyEngine",
    "article_fields",
    "default_engine",
    "find_entities",
    "newsparse_register_extractors",
    "to_annotation",
]
