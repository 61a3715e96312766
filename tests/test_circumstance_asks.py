from assistant.asks import Ask
from assistant.circumstance_asks import joined_circumstances


def test_a_whenever_clause_is_joined_to_the_ask_it_qualifies():
    asks = [Ask("qingmiao town, 2020: whenever sorting out what may be published"), Ask("which rules does it follow")]
    assert [a.text for a in joined_circumstances(asks)] == [
        "qingmiao town, 2020: whenever sorting out what may be published, which rules does it follow"]


def test_asks_without_a_circumstance_stay_apart():
    asks = [Ask("how many requests did qingmiao town get"), Ask("how many were answered")]
    assert [a.text for a in joined_circumstances(asks)] == ["how many requests did qingmiao town get", "how many were answered"]
