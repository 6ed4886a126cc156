"""Load spaCy pipelines to multiply matrices with numpy's BLAS instead of thinc's default, blis.

thinc's CPU backend sends every matrix product of the embedding layers and of the parser's and
NER's input layers to blis. numpy's OpenBLAS computes the same products in about a third of the
time on this project's CPUs (AVX-512), and the parses, tags and entities come out identical
(docs/decisions/016, session 27). One BLAS thread per process: the pipeline already runs one
process per core, so more threads would only compete with the other processes for the cores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def limit_blas_to_one_thread() -> None:
    """Keep numpy's BLAS in this process (and the workers it forks) on one thread."""
    import numpy  # noqa: F401  (threadpoolctl finds the BLAS numpy has loaded)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def load_pipeline(name: str) -> Language:
    """spacy.load(name), its models' matrix products done by numpy on one BLAS thread."""
    import spacy
    from thinc.api import use_ops

    limit_blas_to_one_thread()
    with use_ops("numpy", use_blis=False):
        return spacy.load(name)
