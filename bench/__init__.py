"""Measurements: the QA evaluation (``python -m bench.eval``), the ingest/query/scale benchmarks
(``python -m bench.run``) and the synthetic-report generator they use (``bench.synth``).

Every claim about quality or speed in the README comes from the numbers these produce
(docs/benchmarks.md).  Nothing here is a test: tests/test_bench.py only checks the scoring
functions and the generator.
"""
