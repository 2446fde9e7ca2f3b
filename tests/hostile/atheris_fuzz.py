"""Coverage-guided fuzzing of ``extract`` with atheris (not part of the pytest run).

    pip install atheris
    python tests/hostile/atheris_fuzz.py -atheris_runs=20000 [CORPUS_DIR]
    python tests/hostile/make_hostile.py /tmp/seeds   # seed corpus from the hostile cases
    python tests/hostile/atheris_fuzz.py /tmp/seeds

Each input is a page's bytes. Accepted outcomes: a clear ExtractionError, or a record that is
strict JSON and whose fact spans index its body. Anything else (any other exception, a span that
points elsewhere) is a crash that atheris reports with the input saved to ``crash-*``.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from policyextract import ExtractionError, extract


def check(data: bytes) -> None:
    try:
        record = extract(data)
    except ExtractionError:
        return
    json.dumps(record, allow_nan=False)
    body = record["body"]
    for fact in record["facts"]:
        if body[fact["paragraph"]][fact["start"] : fact["end"]] != fact["text"]:
            raise AssertionError(f"span does not match: {fact}")


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
