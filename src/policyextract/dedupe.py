"""Exact duplicates and reprints in a batch: ``duplicate_of``, ``story_id``, ``story_similarity``.

Chinese news is heavily syndicated: one 新华社 release appears on hundreds of sites, with other
page chrome, a paragraph more or less, another 来源 line. Records are taken in output order:

- a record whose page content (``source.sha256``) equals an earlier record's is a duplicate of
  the first such record (``duplicate_of``) and belongs to its story;
- any other record is compared with the earlier ones by MinHash over its body's shingles
  (:func:`shingles`), with an LSH index (datasketch's ``MinHashLSH``) proposing candidates, so
  that the cost grows with the number of records, not with its square. It joins the story of the
  most similar candidate whose estimated Jaccard similarity is at least the threshold (ties: the
  earliest), else starts a story of its own. ``story_id`` is the article_id of the story's first
  record and ``story_similarity`` the estimate against that record (1.0 for it).

The result depends only on the records and their order: the same inputs give the same stories
whatever the workers, the scheduler or interruptions.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasketch import MinHash

#: Default ``--dedupe-threshold``, measured on the realworld pages and edited copies of them
#: (benchmarks/bench_dedupe.py; the numbers are in docs/batch.md): precision 1.000 from 0.3 to
#: 0.9, recall 0.977 here and 0.963 at 0.5 (a paragraph removed from a short article), while
#: pages of different news never came above an exact similarity of 0.15.
DEFAULT_THRESHOLD = 0.4
#: Permutations per MinHash: the similarity estimate's standard error is about
#: sqrt(J(1-J)/NUM_PERM), 0.044 at J = 0.5.
NUM_PERM = 128
#: Shingles are runs of this many characters of the body (see :func:`shingles`).
SHINGLE_SIZE = 5
#: Seed of the MinHash permutations: fixed, so that sketches and stories are reproducible.
SEED = 1
#: What the manifest and the dataset card say of the method.
METHOD = (
    f"MinHash LSH (datasketch, {NUM_PERM} permutations, affine32 scheme, seed {SEED}) over "
    f"character {SHINGLE_SIZE}-grams of the body, NFKC-normalised, lower-cased, white space "
    "and punctuation removed"
)

# White space, punctuation and symbols: a reprint often differs in those alone.
_NOT_TEXT = re.compile(r"[\W_]+")


def shingles(body: Sequence[str], size: int = SHINGLE_SIZE) -> set[str]:
    """The set of ``size``-character runs of the body's text, NFKC-normalised (full-width
    digits and letters as ASCII), lower-cased, without white space or punctuation; a text
    shorter than ``size`` is one shingle, and an empty one none.

    >>> sorted(shingles(["全市新增企业，１２０家。"], 5))
    ['业120家', '企业120', '全市新增企', '增企业12', '市新增企业', '新增企业1']
    """
    # Punctuation first: most of what NFKC would change in Chinese text is full-width
    # punctuation, and a text without any is usually normalised already (a fast check).
    text = _NOT_TEXT.sub("", "".join(body))
    normal = unicodedata.normalize("NFKC", text).lower()
    if normal != text:
        text = _NOT_TEXT.sub("", normal)  # NFKC can make punctuation: ㈠ → (一)
    if len(text) <= size:
        return {text} if text else set()
    return {text[i : i + size] for i in range(len(text) - size + 1)}


@dataclass(frozen=True)
class Identity:
    """A record's place among the others: see the module's docstring."""

    duplicate_of: str | None
    story_id: str
    story_similarity: float


class Stories:
    """Assigns :class:`Identity` to records taken one at a time, in output order.

    Memory: one MinHash (``NUM_PERM`` 32-bit values) and its LSH bands per distinct content,
    about 1.5 KB; 100,000 pages take ~150 MB in the batch's parent while it writes the files.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        num_perm: int = NUM_PERM,
        shingle_size: int = SHINGLE_SIZE,
    ) -> None:
        from datasketch import MinHash, MinHashLSH

        check_threshold(threshold)
        self.threshold = threshold
        self.shingle_size = shingle_size
        # crc32 (zlib, C) hashes a shingle ~8x faster than datasketch's default sha1; the
        # affine32 scheme first mixes every input hash with MurmurHash3's finalizer, which
        # datasketch provides for weak or structured input hashes.
        self._template = MinHash(
            num_perm=num_perm, seed=SEED, hashfunc=zlib.crc32, scheme="affine32"
        )
        self._lsh: Any = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sketches: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self._stories: dict[str, Identity] = {}
        self._by_content: dict[str, str] = {}

    def add(self, article_id: str, content_sha256: str, body: Sequence[str]) -> Identity:
        """The identity of the next record (``article_id`` unique among those added)."""
        first = self._by_content.get(content_sha256)
        if first is not None:  # the same bytes: the same body, the same story
            known = self._stories[first]
            return Identity(first, known.story_id, known.story_similarity)
        self._by_content[content_sha256] = article_id
        found = shingles(body, self.shingle_size)
        if not found:  # an empty body is like no other
            return self._keep(article_id, Identity(None, article_id, 1.0))
        sketch = self._template.copy()
        sketch.update_batch([s.encode() for s in found])
        best, best_similarity = None, 0.0
        # LSH candidates come in no fixed order: sort them so that ties go to the earliest.
        for key in sorted(self._lsh.query(sketch), key=self._order.__getitem__):
            similarity = sketch.jaccard(self._sketches[key])
            if similarity >= self.threshold and similarity > best_similarity:
                best, best_similarity = key, similarity
        if best is None:
            identity = Identity(None, article_id, 1.0)
        else:
            story = self._stories[best].story_id
            identity = Identity(None, story, sketch.jaccard(self._sketches[story]))
        self._lsh.insert(article_id, sketch, check_duplication=False)
        self._sketches[article_id] = sketch
        self._order[article_id] = len(self._order)
        return self._keep(article_id, identity)

    def _keep(self, article_id: str, identity: Identity) -> Identity:
        self._stories[article_id] = identity
        return identity


#: The highest threshold: above it datasketch's LSH finds no layout of at least two bands.
MAX_THRESHOLD = 0.95


def check_threshold(threshold: float) -> None:
    """Raise ``ValueError`` for a threshold outside (0, :data:`MAX_THRESHOLD`] (at 0 every
    record would be one story)."""
    if not 0.0 < threshold <= MAX_THRESHOLD:
        raise ValueError(
            f"the dedupe threshold must be above 0 and at most {MAX_THRESHOLD:g}, not {threshold:g}"
        )
