"""English words of table 三's 不予处理 ("decline to handle") and table 二's 行政强制 ("coercion") ask those rows, not the
applications received or the licensing decisions.  Fictional 青禾省样例厅."""

from assistant.query import detect_metric


def test_decline_to_handle_asks_the_applications_not_processed():
    for q in ("how many requests did the qinghe sample department decline to handle in 2023?",
              "how many requests were refused to handle by the qinghe sample department?"):
        assert detect_metric(q).key == "applications_not_processed"


def test_coercion_asks_the_enforcement_decisions():
    q = "how many administrative coercion decisions did the qinghe sample department make in 2023?"
    assert detect_metric(q).key == "enforcement"
