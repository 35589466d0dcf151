"""Hard-wrapped text: line breaks inside sentences read as spaces, offsets unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import extract_quotes, load
from quotecheck.find.wrapping import is_hard_wrapped, unwrap

# Written for this test in the style of a scraped page that breaks its prose every few words.
WRAPPED = (
    "أكد رئيس الحكومة التونسية محمد\n"
    "العبيد في حديث تلفزيوني أن الحكومة\n"
    "ستواصل الإصلاحات رغم الصعوبات الكبيرة\n"
    "التي تواجهها البلاد، وأضاف العبيد أن\n"
    "الميزانية الجديدة ستعرض على البرلمان في\n"
    "الأسبوع المقبل بعد مشاورات طويلة.\n"
)
PARAGRAPHS = (
    "الحكومة تعرض الميزانية الجديدة\n"
    "أكد رئيس الحكومة محمد العبيد أن الحكومة ستواصل الإصلاحات رغم الصعوبات.\n"
    "وأضاف أن الميزانية الجديدة ستعرض على البرلمان في الأسبوع المقبل.\n"
    "كما أشار إلى أن المشاورات مع الشركاء الاجتماعيين ستنطلق قريبا.\n"
)
TABLE = (
    "وفي ما يلي برنامج الجولة الأخيرة من البطولة الوطنية\n"
    "النادي الإفريقي - النجم الساحلي يوم الأحد القادم\n"
    "الترجي الرياضي - النادي الصفاقسي يوم الأحد القادم\n"
    "ملعب سوسة الأولمبي : 2500 متفرج في كل المباريات\n"
    "الملعب الأولمبي برادس : 7500 متفرج في كل المباريات\n"
)


def test_a_name_broken_across_lines_is_whole() -> None:
    qs = extract_quotes(WRAPPED, nlp=load(rules_only=True))
    assert len(qs) == 2
    assert qs[0].speaker_name == "محمد العبيد" == qs[1].speaker_name
    for q in qs:  # every string is the original text at its offsets, line breaks kept
        assert WRAPPED[q.start : q.end] == q.text
        assert WRAPPED[q.speaker.start : q.speaker.end] == q.speaker.text
    assert "\n" in qs[0].text and qs[0].text.startswith("الحكومة")


def test_paragraphs_and_tables_are_not_unwrapped() -> None:
    """Near misses: lines that end their sentences, a headline over them, list rows."""
    assert is_hard_wrapped(WRAPPED)
    for text in (PARAGRAPHS, TABLE):
        assert not is_hard_wrapped(text)
        assert unwrap(text) is text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الوزير", "أن", "محمد", "،", ".", "\n", "\n\n", "1-",
                                 " - ", ":", "2500", "«", "»"]), max_size=80))
def test_unwrap_changes_only_line_breaks(pieces: list[str]) -> None:
    text = " ".join(pieces)
    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))
