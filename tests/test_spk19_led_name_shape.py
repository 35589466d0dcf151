"""A person's name in apposition made only of words no list holds is reached when a leading
word (an honorific or a nationality) opens it and two or three plain words follow it (وقال
المشرف على المشروع، السيد تافاري موكوني، إن ...); engine/apposition.py (round 8, spk17's
leftover: an apposed name of unknown words).  Sentences written for the test."""

from __future__ import annotations

from extract_helpers import speakers_named


def test_an_honorific_before_two_unknown_words() -> None:
    got = speakers_named('وقال المشرف على المشروع، السيد تافاري موكوني، إن البرنامج "يسير بشكل جيد".')
    assert got[0] == ("المشرف على المشروع، السيد تافاري موكوني", "تافاري موكوني")


def test_a_complement_pronoun_before_the_comma() -> None:
    got = speakers_named('وقالت المشرفة عليه، السيدة تافاري موكوني، إن البرنامج "يسير بشكل جيد".')
    assert got[0][1] == "تافاري موكوني"


def test_a_definite_word_after_the_lead_is_no_name() -> None:
    """Near miss: a lead word then definite words is a description, no name."""
    got = speakers_named('وقالت المشرفة عليه، السيدة المسؤولة هناك، إن البرنامج "يسير بشكل جيد".')
    assert got[0] == ("المشرفة", "المشرفة")
