"""Parsing corpora: many inputs, many processes, ordered and resumable output.

The pieces, each usable on its own:

* :mod:`~newsparse.batch.inputs`: files, folders, JSON Lines and WARC files to a numbered
  stream of :class:`Item`\\ s;
* :mod:`~newsparse.batch.spec`: :class:`ParserSpec`, the picklable recipe each worker
  builds its Parser from;
* :mod:`~newsparse.batch.pool`: :class:`ProcessPool`, worker processes with a time limit
  per document and worker recycling;
* :mod:`~newsparse.batch.output`: standard output, a file, or a folder of shards, with
  completion markers for resuming;
* :mod:`~newsparse.batch.site`: learning each site's repeated lines as boilerplate;
* :mod:`~newsparse.batch.run`: :func:`run_batch`, which ties them together;
* :mod:`~newsparse.batch.recipes`: pandas batches for Ray Data and Spark.
"""

from .inputs import InputOptions, Item, count_documents, iter_items
from .output import OutputConflict, OutputUnwritable, error_file_for
from .pool import BatchError, ProcessPool
from .run import BatchOptions, Summary, run_batch
from .site import SiteBoilerplate, SiteStats
from .spec import ParserSpec
from .worker import Outcome, process_item

__all__ = [
    "BatchError",
    "BatchOptions",
    "InputOptions",
    "Item",
    "Outcome",
    "OutputConflict",
    "OutputUnwritable",
    "ParserSpec",
    "ProcessPool",
    "SiteBoilerplate",
    "SiteStats",
    "Summary",
    "count_documents",
    "error_file_for",
    "iter_items",
    "process_item",
    "run_batch",
]
