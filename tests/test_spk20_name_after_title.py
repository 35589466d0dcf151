"""A title-only speaker is named after the person the document names after the same title at
some distance: behind a preposition's complement and a descriptor (مديرة التسويق في الشركة
المهندسة X Y لـ"..."), or behind a comma with a first name no list knows, when the text
itself shows the last word as a surname (a cue's bare subject elsewhere: وأضافت X):
``engine.names.after_title``, ``engine.names.surnames`` and ``engine.names.resolve``.
Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named

from quotecheck import extract_quotes
from quotecheck.engine.names.after_title import name_after_title
from quotecheck.engine.names.surnames import confirmed_surname, cue_subjects
from quotecheck.find.words import WordIndex
from quotecheck.lang.ar.lexicon import lexicon

_LED = ('وقالت مديرة التسويق في الشركة المهندسة روان كريمزي لـ"الوكالة" إن المبيعات'
        ' "ارتفعت بنسبة كبيرة".')
_CONFIRMING = " وأضافت كريمزي أن الشركة ستفتتح فرعا جديدا."
_APPOSED = 'وقال رئيس نادي بورتو، كيرو مانزانو، للصحفيين: "لا عرض رسميا حتى الآن".'
_JOINED = ("التقت وزيرة شؤون المرأة و الأسرة سلوى الشابي برئيس الجمعية أمس. وأكدت وزيرة"
           ' شؤون المرأة أن "الدعم متواصل".')


def _after(text: str, title_end: str) -> tuple[str, ...] | None:
    """The words of the name ``name_after_title`` reads after the first word ``title_end``."""
    wi = WordIndex(text)
    j = wi.norms.index(title_end) + 1
    found = name_after_title(lexicon(), wi, j)
    return None if found is None else tuple(wi.norms[found[0] : found[1]])


def test_a_name_behind_a_complement_and_a_role_noun_is_the_titles() -> None:
    assert speakers_named(_LED + _CONFIRMING)[0] == ("مديرة التسويق", "روان كريمزي")


def test_an_unknown_name_the_text_never_confirms_is_not_taken() -> None:
    """Near miss: روان كريمزي is in no list and كريمزي is nobody's cue subject: the title
    stays the name."""
    assert speakers_named(_LED)[0] == ("مديرة التسويق", "مديرة التسويق")


def test_a_phrase_whose_last_words_are_no_name_takes_the_titles_name() -> None:
    """The phrase's name part (شؤون المرأة) holds no person's name; the name after the same
    title, cut before the object behind ب (برئيس الجمعية), does."""
    assert speakers_named(_JOINED)[-1] == ("وزيرة شؤون المرأة", "سلوى الشابي")


def test_an_apposed_unknown_name_needs_the_texts_confirmation() -> None:
    confirmed = _APPOSED + " وأضاف مانزانو أن الفريق جاهز."
    assert _after(confirmed, "بورتو") == ("كيرو", "مانزانو")
    assert _after(_APPOSED, "بورتو") is None  # (near miss: no cue makes مانزانو a subject)


def test_a_complement_holding_an_office_gives_no_name() -> None:
    """Near miss: after باسم الوزير the name set off by commas may be the minister's."""
    text = ('قال المتحدث باسم الوزير في الحكومة، سامي العلوي، إن "الخطة جاهزة". وأضاف العلوي'
            " أن العمل متواصل.")
    assert _after(text, "المتحدث") is None


def test_a_name_that_runs_into_the_object_is_no_name() -> None:
    """Near miss: no punctuation ends the words after the comma before إلى; they run into the
    verb's object (إمكانية اللجوء)."""
    text = "استبعدت وزيرة المالية، لمياء الزريبي إمكانية اللجوء إلى قانون تكميلي."
    assert _after(text, "الماليه") is None


def test_a_surname_after_a_joiner_is_confirmed() -> None:
    text = "وقال رئيس الحزب، محمد الأمين ولد أحمدو، إن القانون جائر. وقال ولد أحمدو إنه سيطعن فيه."
    lex, wi = lexicon(), WordIndex(text)
    assert "احمدو" in cue_subjects(lex, wi)
    assert _after(text, "الحزب") == ("محمد", "الامين", "ولد", "احمدو")
    first = wi.norms.index("احمدو")
    assert confirmed_surname(lex, wi, first - 3, first + 1)
    assert not confirmed_surname(lex, wi, first - 3, first)  # (ولد: a joiner, no surname)


def test_texts_cut_anywhere_after_the_trigger_do_not_fail() -> None:
    """Robustness: each text cut at every character (right after a title's comma, a
    descriptor, the name) extracts without an error, and the name reader answers for every
    word index up to the end."""
    lex = lexicon()
    for text in (_LED + _CONFIRMING, _APPOSED, _JOINED):
        for k in range(len(text) + 1):
            cut = text[:k]
            quotes = extract_quotes(cut)
            assert all(0 <= q.start <= q.end <= len(cut) for q in quotes)
            wi = WordIndex(cut)
            for j in range(len(wi) + 1):
                found = name_after_title(lex, wi, j)
                assert found is None or j <= found[0] < found[1] <= len(wi)


_PLAYER = ('وكان لاعب النادي، المهاجم {} العمري، قد سجل هدفين، وقال في تصريح: "أهدي الفوز'
           ' للجمهور".')


def test_a_sports_role_is_named_after_an_evidenced_name() -> None:
    """A role that titles.txt leaves out (لاعب، مدرب: speaker_words.json role_titles) takes
    the name after it when a known first name opens it."""
    assert speakers_named(_PLAYER.format("زياد سالم")) == [("لاعب النادي", "زياد سالم العمري")]


def test_a_sports_role_takes_no_name_without_evidence() -> None:
    """Near miss: the words after the role's comma open with no known first name and the
    text never makes العمري a subject: the role stays the name (no guess after a role)."""
    assert speakers_named(_PLAYER.format("كيرو")) == [("لاعب النادي", "لاعب النادي")]
    assert speakers_named('وكان لاعب النادي قد سجل هدفين، وقال في تصريح: "أهدي الفوز'
                          ' للجمهور".') == [("لاعب النادي", "لاعب النادي")]
