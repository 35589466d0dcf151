"""Cross-source comparison: normalisation, speakers, clustering, flags, diff, JSON round trip.

All sentences are written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.comparison import Params, Statement, compare, fold, stem, tokens
from quotecheck.comparison.flags import (
    diff_tokens,
    entity_differs,
    intensifier_differs,
    negation_differs,
    number_differs,
    pair_flags,
)
from quotecheck.comparison.speakers import same_speaker, speaker_form
from quotecheck.types import Mention, Quote


def make_doc(parts: list[tuple[str, str | None]]) -> dict:
    """A document from (piece, kind) parts: pieces with a kind become quotes of speaker
    ``speaker`` (given as ``kind:speaker``)."""
    text, quotes = "", []
    for piece, spec in parts:
        if spec is None:
            text += piece
            continue
        kind, _, speaker = spec.partition(":")
        start = len(text)
        text += piece
        quotes.append(
            Quote(text=piece, start=start, end=len(text), kind=kind, speaker_name=speaker or None)
        )
    return {"text": text, "quotes": quotes}


def _q(text: str, kind: str = "direct") -> Quote:
    return Quote(text=text, start=0, end=len(text), kind=kind)


def _toks(text: str):
    return tokens(text)


# --- normalisation and light stemming -------------------------------------------------------


def test_fold_alef_ya_ta_marbuta_diacritics_and_digits() -> None:
    assert fold("أإآٱ") == "اااا"
    assert fold("مستشفى") == "مستشفي"
    assert fold("مدرسة") == "مدرسه"
    assert fold("تَقَدُّماً") == "تقدما"
    assert fold("ســلام") == "سلام"
    assert fold("٢٠١٦") == "2016"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("حققنا", "حققوا"),
        ("حققنا", "حقق"),
        ("والاتفاق", "اتفاقات"),
        ("بالمحادثات", "المحادثات"),
        ("لتونس", "وتونس"),
        ("تقدّماً", "تقدم"),
        ("الإسرائيلي", "إسرائيل"),
        ("أفريقيا", "إفريقيا"),
    ],
)
def test_light_stem_shares_keys_across_clitics_and_endings(a: str, b: str) -> None:
    assert stem(fold(a)) == stem(fold(b))


def test_stem_keeps_short_and_distinct_words_apart() -> None:
    assert stem(fold("وزير")) != stem(fold("زير")) or len(stem(fold("وزير"))) >= 3
    assert stem(fold("قطر")) == "قطر"
    assert stem(fold("مدن")) != stem(fold("مدير"))


def test_tokens_keep_offsets() -> None:
    text = "قال: «نحن هنا»"
    for t in tokens(text, 10):
        assert text[t.start - 10 : t.end - 10] == t.text


# --- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سيرغي لافروف", "سيرجي لافروف"),
        ("كيري", "جون كيري"),
        ("وزير الخارجية الأمريكي جون كيري", "كيري"),
        ("جياني إنفانتينو", "جاني إنفانتينو"),
        ("قيس سعيّد", "قيس سعيد"),
        ("مصدر بوزارة الخارجية السورية", "مصدر في وزارة الخارجية السورية"),
    ],
)
def test_same_speaker_variants(a: str, b: str) -> None:
    assert same_speaker(speaker_form(a), speaker_form(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("جون كيري", "جون كيربي"),
        ("سيرغي لافروف", "جون كيري"),
        ("مصدر حكومي سوري", "مصدر بوزارة الخارجية السورية"),
        ("المغرب", "وزارة الشؤون الخارجية المغربية"),
    ],
)
def test_different_speakers(a: str, b: str) -> None:
    assert not same_speaker(speaker_form(a), speaker_form(b))


def test_title_only_mention_resolved_inside_its_document() -> None:
    text = (
        "قال وزير الخارجية الأمريكي جون كيري إن المحادثات كانت مثمرة جدا. "
        "وأضاف وزير الخارجية الأمريكي أن الجولة المقبلة ستعقد في جنيف."
    )
    s1, e1 = text.index("المحادثات"), text.index(".")
    s2 = text.index("الجولة")
    e2 = len(text) - 1
    q1 = Quote(
        text[s1:e1],
        s1,
        e1,
        "indirect",
        speaker=Mention(
            "وزير الخارجية الأمريكي جون كيري", text.index("وزير"), text.index("وزير") + 31
        ),
    )
    q2 = Quote(
        text[s2:e2],
        s2,
        e2,
        "indirect",
        speaker=Mention("وزير الخارجية الأمريكي", text.rindex("وزير"), text.rindex("وزير") + 22),
    )
    other = "صرح كيري بأن الجولة المقبلة ستعقد في جنيف"
    s3 = other.index("الجولة")
    q3 = Quote(other[s3:], s3, len(other), "indirect", speaker=Mention("كيري", 4, 8))
    sts = compare({"a": {"text": text, "quotes": [q1, q2]}, "b": {"text": other, "quotes": [q3]}})
    linked = [s for s in sts if len(s.members) == 2]
    assert len(linked) == 1
    assert linked[0].speaker_name == "وزير الخارجية الأمريكي جون كيري"
    assert "speaker" not in linked[0].pairs[0].flags


# --- clustering ----------------------------------------------------------------------------


def test_direct_and_indirect_with_person_shift_are_linked() -> None:
    a = make_doc(
        [
            ("قال الوزير: «", None),
            ("حققنا تقدما كبيرا في ملف المياه مع الجيران", "direct:سامي الخطيب"),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("وأكد الخطيب أنه ", None),
            ("حقق تقدما كبيرا في ملف المياه مع الجيران", "indirect:الخطيب"),
            (".", None),
        ]
    )
    sts = compare({"a": a, "b": b})
    assert len(sts) == 1
    assert [m.doc_id for m in sts[0].members] == ["a", "b"]
    assert "kind" in sts[0].pairs[0].flags


def test_partial_quote_joins_the_longer_one() -> None:
    a = make_doc(
        [
            ("قالت الوزيرة: «", None),
            (
                "الموازنة الجديدة ستخفض العجز وتدعم المستشفيات العمومية في الجنوب",
                "direct:ليلى حداد",
            ),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("ووعدت حداد بموازنة «", None),
            ("تدعم المستشفيات العمومية", "mixed:ليلى حداد"),
            ("» في الجنوب.", None),
        ]
    )
    sts = compare({"a": a, "b": b})
    assert [len(s.members) for s in sts] == [2]


def test_reordered_clauses_are_linked_and_flagged_wording() -> None:
    a = make_doc(
        [
            ("قال المدير: «", None),
            ("سنفتح المصنع الجديد ونوظف الشباب من المنطقة", "direct:كريم ناصر"),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("قال ناصر: «", None),
            ("نوظف الشباب من المنطقة ونفتح المصنع الجديد", "direct:كريم ناصر"),
            ("».", None),
        ]
    )
    sts = compare({"a": a, "b": b})
    assert len(sts) == 1
    assert sts[0].pairs[0].flags == frozenset({"wording"})


def test_two_claims_of_one_speaker_are_kept_apart() -> None:
    a = make_doc(
        [
            ("قال الوزير: «", None),
            ("الأسعار ستنخفض في الأسواق قبل رمضان", "direct:سامي الخطيب"),
            ("». ", None),
            ("وأضاف: «", None),
            ("الحكومة سترفع أجور المعلمين العام المقبل", "direct:سامي الخطيب"),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("وقال الخطيب إن ", None),
            ("الأسعار ستنخفض في الأسواق قبل رمضان", "indirect:الخطيب"),
            (". ", None),
            ("وتابع أن ", None),
            ("الحكومة سترفع أجور المعلمين العام المقبل", "indirect:الخطيب"),
            (".", None),
        ]
    )
    sts = compare({"a": a, "b": b})
    assert len(sts) == 2
    assert all(len(s.members) == 2 for s in sts)
    assert sts[0].members[0].quote.text.startswith("الأسعار")


def test_unrelated_speakers_with_other_words_are_kept_apart() -> None:
    a = make_doc(
        [
            ("قال الوزير: «", None),
            ("الأسعار ستنخفض في الأسواق قبل رمضان", "direct:سامي الخطيب"),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("قال النقيب: «", None),
            ("النقابة ستعلن الإضراب الشامل الأسبوع المقبل", "direct:منير العلوي"),
            ("».", None),
        ]
    )
    assert [len(s.members) for s in compare({"a": a, "b": b})] == [1, 1]


def test_same_words_different_speakers_linked_and_flagged() -> None:
    words = "لن نقبل بأي تسوية لا تضمن عودة جميع المهجرين إلى قراهم وأراضيهم"
    a = make_doc([("قال رئيس الوزراء: «", None), (words, "direct:ناصر البدري"), ("».", None)])
    b = make_doc([("قال وزير الداخلية: «", None), (words, "direct:فادي السعدي"), ("».", None)])
    sts = compare({"a": a, "b": b})
    assert len(sts) == 1
    assert "speaker" in sts[0].pairs[0].flags


def test_clitics_do_not_hide_shared_words() -> None:
    a = make_doc(
        [
            ("قال: «", None),
            ("والحكومة ستدعم بالمال الفلاحين وللمزارعين حقوقهم", "direct:هدى سالم"),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("قالت سالم إن ", None),
            ("الحكومة ستدعم المال للفلاحين والمزارعين لهم حقوق", "indirect:هدى سالم"),
            (".", None),
        ]
    )
    assert len(compare({"a": a, "b": b})) == 1


def test_statements_in_order_of_first_appearance_and_iterable_input() -> None:
    a = make_doc(
        [
            ("قال: «", None),
            ("المطار سيفتح أبوابه للمسافرين صباح الغد", "direct:رامي يوسف"),
            ("».", None),
        ]
    )
    b = make_doc(
        [
            ("قال: «", None),
            ("الجسر الجديد سيربط ضفتي النهر قريبا", "direct:رامي يوسف"),
            ("».", None),
        ]
    )
    sts = compare([("b", b), ("a", a)])
    assert [s.members[0].doc_id for s in sts] == ["b", "a"]


def test_compare_accepts_quote_lists_and_dicts() -> None:
    q = Quote("المطار سيفتح أبوابه للمسافرين صباح الغد", 0, 39, "direct", speaker_name="رامي يوسف")
    sts = compare({"a": [q], "b": {"text": q.text, "quotes": [q.to_dict()]}})
    assert len(sts) == 1 and len(sts[0].members) == 2
    assert sts[0].pairs[0].flags == frozenset()


# --- flags ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fn", "a", "b", "fires"),
    [
        (negation_differs, "لم نربح الحرب على الإرهاب", "ربحنا الحرب على الإرهاب", True),
        (negation_differs, "لا انتماء لها للأمتين", "لا انتماء لها إلى الأمتين", False),
        (negation_differs, "عنف وجرائم", "عنف وجرائم وممارسات غير مقبولة", False),
        (number_differs, "قتل سبعة مدنيين", "قتل 7 مدنيين", False),
        (number_differs, "قتل سبعة مدنيين", "قتل 9 مدنيين", True),
        (number_differs, "ربع المدينة اختفى", "25% من المدينة اختفى", False),
        (number_differs, "تقدم الآن", "تقدم", False),
        (number_differs, "سنلتقي يوم الخميس", "سنلتقي", True),
        (intensifier_differs, "تقدما طفيفا", "تقدما محدودا جدا", True),
        (intensifier_differs, "غير مبرر تماما", "غير المبرر تماماً", False),
        (intensifier_differs, "نرفض بشكل قاطع المبررات", "نرفض المبررات", True),
    ],
)
def test_content_flags(fn, a: str, b: str, fires: bool) -> None:
    assert fn(_toks(a), _toks(b)) is fires


def test_entity_flag() -> None:
    assert entity_differs(_toks("سنوقع اتفاقا مع إسرائيل"), _toks("سنوقع اتفاقا"))
    assert not entity_differs(_toks("الشعب الجزائري شريك"), _toks("للشعب الجزائري شريك"))
    assert entity_differs(_toks("التقيت لافروف"), _toks("التقيت الوزير"), {"لافروف"})


def test_kind_speaker_and_wording_flags() -> None:
    a, b = _q("الوضع في المدينة مستقر", "direct"), _q("الوضع في المدينة مستقر", "indirect")
    assert pair_flags(a, b, _toks(a.text), _toks(b.text), True) == {"kind"}
    assert pair_flags(a, a, _toks(a.text), _toks(a.text), True) == frozenset()
    assert pair_flags(a, a, _toks(a.text), _toks(a.text), False) == {"speaker"}
    c = _q("الوضع في البلدة طبيعي", "direct")
    assert pair_flags(a, c, _toks(a.text), _toks(c.text), True) == {"wording"}
    d = _q("إن الوضع في المدينة «مستقر»", "direct")
    assert pair_flags(a, d, _toks(a.text), _toks(d.text), True) == frozenset()


def test_wording_not_set_when_another_flag_explains() -> None:
    a, b = _q("قتل سبعة مدنيين في القرية"), _q("قتل تسعة مدنيين في البلدة")
    assert pair_flags(a, b, _toks(a.text), _toks(b.text), True) == {"number"}


# --- diff and JSON -------------------------------------------------------------------------


def test_diff_ops() -> None:
    ops = diff_tokens(
        _toks("حققنا تقدما طفيفا في المحادثات"), _toks("حققوا تقدما محدودا جدا في المحادثات")
    )
    kinds = [o.op for o in ops]
    assert kinds[0] == "equal"  # حققنا / حققوا share a stem
    assert "replace" in kinds
    rep = next(o for o in ops if o.op == "replace")
    assert rep.a == "طفيفا" and rep.b == "محدودا جدا"
    ins = diff_tokens(_toks("الوضع مستقر"), _toks("الوضع مستقر تماما"))
    assert [o.op for o in ins] == ["equal", "insert"] and ins[1].b == "تماما"
    dele = diff_tokens(_toks("الوضع مستقر تماما"), _toks("الوضع مستقر"))
    assert [o.op for o in dele] == ["equal", "delete"]


def test_to_dict_json_round_trip() -> None:
    a = make_doc(
        [("قال: «", None), ("حققنا تقدما طفيفا في المحادثات", "direct:جون كيري"), ("».", None)]
    )
    b = make_doc(
        [
            ("وقال كيري إنه ", None),
            ("حقق تقدما محدودا جدا في المحادثات", "indirect:كيري"),
            (".", None),
        ]
    )
    sts = compare({"a": a, "b": b})
    data = json.loads(json.dumps([s.to_dict() for s in sts], ensure_ascii=False))
    back = [Statement.from_dict(d) for d in data]
    assert [s.to_dict() for s in back] == [s.to_dict() for s in sts]
    assert data[0]["pairs"][0]["flags"] == ["intensifier", "kind"]
    assert back[0].pairs[0].flags == sts[0].pairs[0].flags


# --- archives ------------------------------------------------------------------------------


def _archive_docs(n: int) -> list[tuple[str, dict]]:
    claims = [
        "سنفتتح المطار الجديد في العاصمة خلال العام المقبل",
        "الجسر المعلق سيربط ضفتي النهر قبل موسم الأمطار",
        "المستشفى الجامعي يحتاج أطباء وممرضين إضافيين",
        "الملعب الأولمبي سيستضيف نهائي البطولة الأفريقية",
        "المكتبة الوطنية رقمنت آلاف المخطوطات النادرة",
        "أسعار الخضار في السوق المركزية ارتفعت بشدة",
        "المصنع سيوظف ثلاثمائة عامل من أبناء المنطقة",
        "الميناء التجاري استقبل أكبر سفينة حاويات في تاريخه",
    ]
    people = ["رامي يوسف", "هدى سالم", "كريم ناصر", "ليلى حداد"]
    docs = []
    for i in range(n):
        words, person = claims[i % len(claims)], people[(i // len(claims)) % len(people)]
        docs.append(
            (f"d{i}", make_doc([("قال: «", None), (words, f"direct:{person}"), ("».", None)]))
        )
    return docs


def test_group_archive_matches_compare_and_blocks() -> None:
    from quotecheck.comparison import group_archive
    from quotecheck.comparison.archive import candidate_pairs
    from quotecheck.comparison.core import as_documents, build_claims
    from quotecheck.comparison.speakers import SpeakerIndex

    docs = _archive_docs(32)
    arch = group_archive(docs)
    full = compare(docs)
    key = lambda sts: sorted(tuple(sorted(m.doc_id for m in s.members)) for s in sts)  # noqa: E731
    assert key(arch) == key(full)
    assert all(len(s.members) == 1 or len({m.quote.text for m in s.members}) == 1 for s in arch)
    claims, _ = build_claims(as_documents(docs), SpeakerIndex())
    pairs = candidate_pairs(claims)
    assert len(pairs) < len(claims) * (len(claims) - 1) // 2


def test_bare_unnamed_speaker_takes_its_fuller_mention() -> None:
    a_text = (
        "أعلن مصدر في وزارة الزراعة لوكالة الأنباء أن الموسم جيد. "
        "وقال المصدر إن محصول القمح سيرتفع بنسبة كبيرة هذا العام."
    )
    b_text = "وقال مصدر بوزارة الزراعة إن محصول القمح سيرتفع بنسبة كبيرة هذا العام."
    qa = a_text.index("محصول")
    qb = b_text.index("محصول")
    sa = a_text.rindex("المصدر")
    sb = b_text.index("مصدر")
    a = Quote(a_text[qa:-1], qa, len(a_text) - 1, "indirect", speaker=Mention("المصدر", sa, sa + 6))
    b = Quote(
        b_text[qb:-1],
        qb,
        len(b_text) - 1,
        "indirect",
        speaker=Mention("مصدر بوزارة الزراعة", sb, sb + 19),
    )
    sts = compare({"a": {"text": a_text, "quotes": [a]}, "b": {"text": b_text, "quotes": [b]}})
    assert len(sts) == 1
    assert sts[0].speaker_name == "مصدر في وزارة الزراعة"
    assert "speaker" not in sts[0].pairs[0].flags


def test_words_in_marks_inside_a_quote_carry_the_claim() -> None:
    """«ضرورية» inside an indirect quote ties it to the fragment, not to a topic-sharing claim
    (with ``marked_weight`` raised: leave-one-group-out keeps the shipped weight at 1)."""
    a = make_doc(
        [
            ("ووصف الوزير الخطة الجديدة بأنها «", None),
            ("ضرورية", "mixed:سامي الخطيب"),
            ("». ", None),
            ("وقال إن ", None),
            ("الحكومة لا تنوي تأجيل مشاريع المياه", "indirect:سامي الخطيب"),
            (".", None),
        ]
    )
    b = make_doc(
        [
            ("وأوضح الخطيب أن ", None),
            ("الخطة الجديدة للمياه “ضرورية”", "indirect:سامي الخطيب"),
            (".", None),
        ]
    )
    sts = compare({"a": a, "b": b}, Params(marked_weight=3.0))
    together = [sorted(m.quote.text for m in s.members) for s in sts if len(s.members) > 1]
    assert together == [["الخطة الجديدة للمياه “ضرورية”", "ضرورية"]]


# --- occasions -------------------------------------------------------------------------------


def test_document_dates() -> None:
    from quotecheck.comparison.dates import document_date

    assert str(document_date("الثلاثاء ٢٤ غشت ٢٠٢١ 23:30")) == "2021-08-24"
    assert str(document_date("2016/03/08 - 12:10 م")) == "2016-03-08"
    assert str(document_date("نشر في 08/03/2016")) == "2016-03-08"
    assert str(document_date("في 9 أيلول/سبتمبر 2016")) == "2016-09-09"
    assert document_date("بلا تاريخ") is None


def test_same_words_on_another_occasion_kept_apart() -> None:
    words = "تبادلنا بعض الأفكار حول الهدنة في المدينة ونحن عازمون على اللقاء مجددا"
    a = make_doc([("قال الوزير: «", None), (words, "direct:جون كيري"), ("».", None)])
    b = make_doc([("قال كيري: «", None), (words, "direct:جون كيري"), ("».", None)])
    same_day = compare({"a": {**a, "date": "2016-09-23"}, "b": {**b, "date": "2016-09-24"}})
    assert len(same_day) == 1
    months_apart = compare({"a": {**a, "date": "2016-09-23"}, "b": {**b, "date": "2016-12-08"}})
    assert len(months_apart) == 2
    undated = compare({"a": a, "b": b})  # no dates anywhere: the words decide
    assert len(undated) == 1


# --- properties ----------------------------------------------------------------------------

_SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
_SENTENCES = [
    s.strip()
    for p in _SEEDS
    for s in p.read_text(encoding="utf-8").replace("\n", ".").split(".")
    if 20 < len(s.strip()) < 200
][:80]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, max(0, len(_SENTENCES) - 1)), min_size=1, max_size=4),
        min_size=1,
        max_size=4,
    )
)
def test_every_quote_in_exactly_one_statement(picks: list[list[int]]) -> None:
    """Random documents of seed sentences: partition, pair counts, flag names, diff spans."""
    from quotecheck.comparison import FLAGS

    docs = {}
    for d, idx in enumerate(picks):
        parts = []
        for k in idx:
            parts += [
                ("قال رامي يوسف: «", None),
                (_SENTENCES[k], "direct:رامي يوسف"),
                ("». ", None),
            ]
        docs[f"d{d}"] = make_doc(parts)
    sts = compare(docs)
    seen = [(m.doc_id, m.index) for s in sts for m in s.members]
    assert sorted(seen) == sorted(
        (f"d{d}", i) for d, idx in enumerate(picks) for i in range(len(idx))
    )
    for s in sts:
        assert len(s.pairs) == len(s.members) - 1
        for p in s.pairs:
            assert p.a is s.members[0] and p.flags <= set(FLAGS)
            text = docs[p.b.doc_id]["text"]
            for op in p.diff:
                words = [t.text for t in tokens(text[op.b_span[0] : op.b_span[1]])]
                assert words == (op.b.split() if op.op != "delete" else [])
