"""English fees of disclosure itself ("charge any fees for information disclosure", "disclosure fees") are searched as
the 信息处理费 a report speaks of, not only as the administrative fees of table 二.  Fictional 青禾县样例局."""

from assistant.query import glossary_terms


def test_fees_of_disclosure_are_processing_fees():
    for q in ("did the qinghe sample bureau charge any fees for information disclosure in 2023?",
              "did the qinghe sample bureau charge disclosure fees in 2023?"):
        assert "信息处理费" in glossary_terms(q), q


def test_administrative_fees_stay_table_fees():
    assert "信息处理费" not in glossary_terms("how much did the qinghe sample bureau collect in administrative fees in 2023?")
