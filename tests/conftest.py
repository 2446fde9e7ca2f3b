"""Collection settings shared by the whole suite."""

# A standalone fuzzing script (needs atheris, runs for minutes): not part of the pytest run, and
# not importable for --doctest-modules where atheris is not installed.
collect_ignore_glob = ["hostile/atheris_*.py"]
