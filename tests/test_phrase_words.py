"""The word index of phrases (assistant/phrase_words.py): a scan over its candidates finds what a scan over every
phrase finds.  Fictional phrases and questions."""

from assistant.en_phrases import bare, bare_phrase, said, with_bare
from assistant.phrase_words import PhraseWords, letter_runs

PHRASES = ["moon permits", "the moon permits", "permits", "lantern-fee waivers", "fees", "case", "a lantern",
           "2024", "北斗灯会", "e-filing", "owl post requests", "requests declined"]


def _scan(pairs, text):
    tb = bare(text)
    return [en for en, b in pairs if (en in text or b and b in tb) and said(en, text, tb)]


def test_letter_runs_are_the_whole_words():
    assert letter_runs("how many e-filing cases, 2024?") == {"how", "many", "e", "filing", "cases"}


def test_candidates_keep_every_phrase_said_in_order():
    index = PhraseWords(with_bare(PHRASES))
    for text in ["how many moon permits did the lantern office issue", "were the moon permits and fees waived",
                 "what share of lantern-fee waivers were e-filing", "a showcase of owl post requests declined",
                 "北斗灯会 2024 how many", "how many 'moon' permits", "did it not grant the lantern fees"]:
        assert _scan(index.candidates(text), text) == _scan(with_bare(PHRASES), text)


def test_a_phrase_inside_a_longer_word_is_no_candidate():
    index = PhraseWords((p, "") for p in ["case", "post"])
    assert index.candidates("the showcase of the outpost") == []


def test_a_phrase_without_letters_is_always_a_candidate():
    index = PhraseWords((p, bare_phrase(p)) for p in ["2024", "北斗灯会", "fees"])
    assert [p for p, _b in index.candidates("nothing here")] == ["2024", "北斗灯会"]


def test_the_bare_form_is_indexed_too():
    index = PhraseWords(with_bare(["got the moon permit"]))
    # the bare form "got moon permit" is said by a text with other articles
    assert _scan(index.candidates("how many got a moon permit"), "how many got a moon permit") == ["got the moon permit"]
