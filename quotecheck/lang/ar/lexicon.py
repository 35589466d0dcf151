"""Loads the Arabic data files (cues, phrases, particles, titles ...) into lookup tables."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quotecheck.lang.ar.morphology import Morphology, morphology, strip_conj
from quotecheck.lang.ar.normalize import fold

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class CueForm:
    """One surface form (folded, clitics removed) of a reporting verb."""

    lemma: str
    stance: str
    form: str  # perfect | imperfect | participle | passive | extra


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def inflect(kind: str, base: str) -> list[tuple[str, str | None]]:
    """Regular 3rd-person inflections of a folded base form, each with its person: "m"
    (masculine singular), "f" (feminine singular), "p" (plural) or None (dual, other)."""
    if kind in ("perfect", "passive"):
        stem = base[:-1] if base.endswith("ي") else base  # defective verbs: نفى -> نفت
        return [(base, "m"), (stem + "ت", "f"), (stem + "وا", "p")]
    if kind == "imperfect":
        forms: list[tuple[str, str | None]] = [(base, "m" if base.startswith("ي") else None)]
        if base.startswith("ي"):
            forms.append(("ت" + base[1:], "f"))
        if not base.endswith("ي"):
            forms += [(base + "ون", "p"), (base + "ان", None)]
            if base.startswith("ي"):
                forms.append(("ت" + base[1:] + "ان", None))
        return forms
    if kind == "participle":
        return [(base + "ا", "m"), (base + "ه", "f"), (base + "ين", "p"), (base + "تين", None),
                (base + "ون", "p")]
    return [(base, None)]


def rare_inflections(kind: str, base: str) -> list[str]:
    """Forms of a reporting verb that news prose uses rarely and whose homographs are common,
    so they are licensed cues only (data/morphology.json): the 3rd-person duals of the
    perfect (قالا، صرحا، أكدتا; a form-I dual is also an accusative masdar: نقلا، وعدا) and
    the imperfect after the ل of purpose (ليؤكد أن، لتوضح أن).  Defective verbs (نفى) have
    none: their dual نفيا is the masdar of every sentence that denies."""
    m = morphology()
    if kind == "perfect":
        return [] if base.endswith(m.ya) else [base + suf for suf in m.dual_perfect_suffixes]
    if kind == "imperfect":
        return [m.purpose_prefix + form for form, person in inflect(kind, base)
                if person is not None]
    return []


class Lexicon:
    """All Arabic lookup tables the engine needs, folded once."""

    def __init__(self) -> None:
        self._load_cues()
        self._load_phrases()
        self._load_particles(json.loads((DATA / "particles.json").read_text(encoding="utf-8")))
        self._load_word_lists()

    def _load_cues(self) -> None:
        """Reporting verbs (cues.jsonl) in all their forms: form -> CueForm, person."""
        self.cues: dict[str, CueForm] = {}
        self.person: dict[str, str] = {}  # cue form -> "m" | "f" | "p" (its subject's person)
        self.cue_entries: list[dict] = []
        # cue forms a homograph shadows: cues only where the context licenses them
        self.licensed_cues: dict[str, CueForm] = {}
        self.object_first: set[str] = set()
        # قالا، صرّحتا، ليؤكد: forms the morphology derives, licensed (see rare_inflections)
        self._rare_forms: dict[str, CueForm] = {}
        for line in _lines("cues.jsonl"):
            entry = json.loads(line)
            self.cue_entries.append(entry)
            if entry.get("object_first"):
                self.object_first.add(entry["lemma"])
            if entry.get("takes_object"):  # وصفه بأنه، اعتبرها، قاله
                for surface in entry.get("perfect", []):
                    for suf in ("ه", "ها", "هم"):
                        self.cues.setdefault(fold(surface) + suf, CueForm(
                            entry["lemma"], entry["stance"], "perfect"))
            for kind in ("perfect", "imperfect", "participle", "passive", "extra"):
                for surface in entry.get(kind, []):
                    for form, person in inflect(kind, fold(surface)):
                        if kind in ("perfect", "imperfect", "participle") and person:
                            self.person.setdefault(form, person)
                        kind_name = "participle" if kind == "extra" and looks_participle(
                            form
                        ) else kind
                        table = self.licensed_cues if entry.get("licensed") else self.cues
                        table.setdefault(form, CueForm(entry["lemma"], entry["stance"], kind_name))
                rare = kind in ("perfect", "imperfect") and not entry.get("licensed")
                for surface in entry.get(kind, []) if rare else ():  # (علما أن: no dual of علم)
                    for form in rare_inflections(kind, fold(surface)):
                        self._rare_forms.setdefault(form, CueForm(
                            entry["lemma"], entry["stance"], kind))

    def _load_phrases(self) -> None:
        """Multi-word phrases by role (phrases.jsonl): source notes after a quote, tail cues."""
        self.phrases: dict[str, list[tuple[str, ...]]] = {
            "post": [], "tail": [], "statement_cue": [], "statement_frame": []}
        # جاء في البيان: a statement cue (first word -> the rest, the phrase as written), its
        # statement noun after it (in نص البلاغ, after a frame word)
        self.statement_cues: dict[str, tuple[tuple[str, ...], str]] = {}
        for line in _lines("phrases.jsonl"):
            entry = json.loads(line)
            words = tuple(fold(entry["phrase"]).split())
            self.phrases[entry["role"]].append(words)
            if entry["role"] == "statement_cue":
                self.statement_cues[words[0]] = (words[1:], entry["phrase"])
        self.statement_cue_lemmas = frozenset(raw for _, raw in self.statement_cues.values())
        self.statement_cue_firsts = frozenset(  # (وجاء، فجاء)
            c + w for w in self.statement_cues
            for c in ("", *morphology().conjunction_clitics))
        self.statement_frames = frozenset(p[0] for p in self.phrases["statement_frame"])

    def _load_particles(self, particles: dict) -> None:
        """Function words and small word classes (particles.json); drops the not_cues."""
        self.complementizers = {fold(w) for w in particles["complementizer"]}
        self.comp_prefix = {fold(w) for w in particles["complementizer_prefix"]}
        self.pron_suffix = sorted({fold(w) for w in particles["pronoun_suffix"]}, key=len,
                                  reverse=True)
        self.comp_forms = self.complementizers | {
            c + suf for c in self.complementizers for suf in self.pron_suffix
        }
        self.not_after = {fold(w) for w in particles["not_after"]}
        self.hard_stop = {fold(w) for w in particles["hard_stop"]}
        self.soft_prep = {fold(w) for w in particles["soft_preposition"]}
        self.medium = {fold(w) for w in particles["medium"]}
        self.relay = [tuple(fold(p).split()) for p in particles["relay"]]
        self.bullets = set(particles["bullet"])
        self.clause_end_words = [tuple(fold(p).split()) for p in particles["clause_end_words"]]
        self.seat_words = {fold(w) for w in particles["seat_words"]}  # ومقره لندن
        # المصادر نفسها، الدول جميعها: emphatic nouns with a pronoun stay in a speaker phrase
        self.emphatic = {fold(w) for w in particles["emphatic"]}
        # نقلا عن معلومات ...: what is relayed is no source, the verb's subject speaks
        self.relay_not_sources = {fold(w) for w in particles["relay_not_sources"]}
        for w in particles["not_cues"]:
            self.cues.pop(fold(w), None)
        self._load_licensed_cues(particles["licensed_cues"])
        self.not_before_cue = {fold(w) for w in particles["not_before_cue"]}
        self.leading_adverbial = {fold(w) for w in particles["leading_adverbial"]}
        # folding drops the tanween, so it is read from the raw word: تشدداً is no subject
        self.accusative_tanween = tuple(particles["accusative_tanween"])
        # في بيان لوزارة الداخلية، قالت إن: the issuer of the statement is the speaker
        issued = [tuple(fold(p).split()) for p in particles["issued_statement"]]
        self.statement_nouns = {p[0] for p in issued if len(p) == 1}
        self.issued_by = [p for p in issued if len(p) > 1]
        self.statement_words = self.statement_nouns | {p[0] for p in self.issued_by}
        # وفي سياق متصل، تحدث ...: prepositions that open a leading phrase before the verb
        self.leading_prepositions = {fold(w) for w in particles["leading_preposition"]}
        # وزيرة الصحة: a portfolio ending a title phrase is no surname (الرئيس الأسد is one)
        self.portfolios = {fold(w) for w in particles["portfolios"]}
        # تحت عنوان "..."، بشعار "...": the title of an event or a work, of any length
        self.title_nouns = {fold(w) for w in particles["title_nouns"]}
        # التبيني، ضيف برنامج ...: a role after a name ends the speaker phrase
        self.apposed_roles = {fold(w) for w in particles["apposed_roles"]}
        # وأضاف بالقول / قائلا / قوله: a word that extends the cue (نقل عنه قوله)
        self.cue_tails = {fold(w) for w in particles["cue_tails"]}
        # والد، والدته: و + a definite-looking rest, yet one word (not والدبيبة = و + الدبيبة)
        self.conjunction_lookalikes = {fold(w) for w in particles["conjunction_lookalikes"]}
        self.object_nouns = {fold(w) for w in particles["object_nouns"]}
        self.described_as = {fold(w) for w in particles["described_as"]}
        self.relative_pronouns = {fold(w) for w in particles["relative_pronouns"]}
        self.parenthetical_cues = set(particles["parenthetical_cues"])

    def _load_word_lists(self) -> None:
        """The one-word lists (countries, titles, media ...), the cue lookup and the memos."""
        self.countries = {fold(w) for w in _lines("countries.txt")}
        self.country_nisba = {f for w in _lines("nisba.txt") for f in (fold(w), fold(w) + "ه")}
        self.build_cue_lookup()
        self._memos: dict[str, dict] = {}
        self._title_memo: dict[str, bool] = self.memo("is_title")
        self.media = {fold(w) for w in _lines("media.txt")}
        self.time_words = {fold(w) for w in _lines("time_words.txt")}
        self.titles = {fold(w) for w in _lines("titles.txt")}
        self.anonymous = {fold(w) for w in _lines("anonymous.txt")}
        self.labels = {fold(w) for w in _lines("labels.txt")}
        self.name_nouns = {fold(w) for w in _lines("name_nouns.txt")}
        self.name_heads = {fold(w) for w in _lines("name_heads.txt")}
        self.body_nouns = {fold(w) for w in _lines("body_nouns.txt")}
        # سوسة : حجز ...: a place below the state before a colon is a dateline, no speaker
        self.places = {fold(w) for w in _lines("places.txt")}
        self._load_speaker_words()
        self._load_finder_words()  # (after the speaker words: it reads self.morph)

    # -- cue forms licensed by their context (engine/evidence.py: licensed_cues) ------------
    def _load_licensed_cues(self, shadowed: list[str]) -> None:
        """The cue forms that count only in a licensing context: the forms of entries marked
        ``licensed`` (زاد، واصل) and those a homograph shadows (particles' ``licensed_cues``:
        مضيفة the host, لافتة the sign), each also with a و/ف clitic; and the ``shadda``
        perfects (بيّن), which count only when written with their shadda."""
        for w in (w for e in self.cue_entries for w in e.get("dropped_forms", [])):
            self.cues.pop(fold(w), None)  # ملاحظة: mostly the noun "note", never a cue
        # an entry's own shadowed forms (مذكرة the memo, مفيدة the adjective "useful")
        shadowed = [*shadowed, *(w for e in self.cue_entries for w in e.get("licensed_forms", []))]
        for w in shadowed:
            form = self.cues.pop(fold(w), None)
            if form is not None:
                self.licensed_cues[fold(w)] = form
        self.shadda_cues: dict[str, CueForm] = {}
        for entry in self.cue_entries:
            for surface in entry.get("shadda", []):
                base = fold(surface)
                for form, person in inflect("perfect", base):
                    self.person.setdefault(form, person or "m")
                    cue = CueForm(entry["lemma"], entry["stance"], "perfect")
                    # only the bare base is the homograph (بين); بيّنت، بيّنوا are unambiguous
                    (self.shadda_cues if form == base else self.cues).setdefault(form, cue)
        # the duals and purpose forms, unless a homograph is a phrase word (نقلا عن) or a
        # not_cue, or the form is a plain cue already
        taken = set(self.cues) | {w for p in self.relay for w in p}
        for form, cue in self._rare_forms.items():
            if form not in taken:
                self.licensed_cues.setdefault(form, cue)
        self.licensed_lookup = _with_clitics(self.licensed_cues)
        # واصل: licensed by a colon or a mark only (واصل التدريب إلى أن: "until")
        self.mark_licensed = frozenset(_with_clitics({
            fold(f): self.licensed_cues[fold(f)] for e in self.cue_entries
            if e.get("licensed") == "mark" for kind in ("perfect", "imperfect")
            for s in e.get(kind, []) for f, _ in inflect(kind, fold(s))}))
        self.shadda_lookup = _with_clitics(self.shadda_cues)
        # علمت الإذاعة من مصادر أن: licensed by its relay preposition, then a complementizer
        self.relay_licensed = frozenset(_with_clitics({
            fold(f): self.licensed_cues[fold(f)] for e in self.cue_entries
            if e.get("licensed") == "relay" for s in e.get("perfect", [])
            for f, _ in inflect("perfect", fold(s))}))

    # -- the finders' words (data/finders.json and phrases.jsonl; read by engine/) ---------
    def _load_finder_words(self) -> None:
        """The words and affixes the finders ask about (see data/README.md)."""
        raw = json.loads((DATA / "finders.json").read_text(encoding="utf-8"))
        words = {k: frozenset(fold(w) for w in v) for k, v in raw.items()
                 if isinstance(v, list) and k != "haal_patterns"}
        m = self.morph  # the affixes of data/morphology.json, shared with the namer
        self.conj_clitics = tuple(sorted(m.conjunction_clitics))  # و، ف
        self.article = m.article
        self.prep_li = m.lam
        self.prep_bi = fold(raw["prep_bi"])
        self.li_article = m.lam_article  # للجيش: ل + ال, its alef dropped
        self.bi_article = m.ba_article  # بالمبررات
        self.fem_ending = m.closed_ta
        self.clause_note_heads = words["clause_note_heads"]
        self.clause_note_nouns = tuple(sorted(words["clause_note_nouns"]))
        self.after_comma_openers = words["after_comma_openers"]
        # مطالبا، داعيا: the shapes of an accusative active participle (haal)
        self.haal = re.compile("|".join(f"(?:{p})" for p in raw["haal_patterns"]))
        self.object_prepositions = words["object_prepositions"]
        self.conditional = fold(raw["conditional"])
        self.conditional_next = words["conditional_next"]
        self.chain_joiners = words["chain_joiners"]
        self.relay_first = frozenset(words[0] for words in self.relay if words)  # نقلا عن
        self.relay_verbs = {fold(k): fold(v) for k, v in raw["relay_verbs"].items()}
        self.after_name_words = words["after_name_words"]
        self.earlier_report = fold(raw["earlier_report"])
        self.kana_forms = words["kana_forms"]
        self.topic_particles = words["topic_particles"]
        self.subject_particles = words["subject_particles"]
        self.contrast_particle = fold(raw["contrast_particle"])
        self.list_openers = words["list_openers"]
        # كتب - NAME:، اقرأ أيضا: ...: a byline or a teaser line holds no report of the text
        self.furniture_labels = words["furniture_labels"]
        # ، لكنه حذر من أن: a contrast with the speaker's pronoun before a cue opens a report
        self.contrast_openers = words["contrast_openers"]
        # لأن: "because" licenses no shadowed cue form (حالة متوقعة لأن)
        self.causal_complementizers = words["causal_complementizers"]
        # اشتكى التجار في الأسواق من أن: a licensed verb's preposition before its complementizer
        self.subject_comp_prepositions = words["subject_comp_prepositions"]
        # وتابع قائلا: a one-word tail that is itself the cue
        self.tail_cues = frozenset(p[0] for p in self.phrases["tail"] if len(p) == 1)
        # واكتفى بالقول إن: a tail that is no cue form stands for the verb of saying after a
        # verb that is no cue (a licensed cue of قال, its speaker the sentence's subject)
        self.verbless_tails = frozenset(w for w in self.tail_cues if self.cue(w) is None)
        self.tail_cue_form = next((self.cue(w) for w in sorted(self.tail_cues)
                                   if self.cue(w) is not None), None)  # (قائلا: قال's)
        if self.tail_cue_form is None:
            self.verbless_tails = frozenset()  # (no tail names the verb of saying)
        # على حد قوله، حسب تعبيره: the words before the noun, and the noun without its pronoun
        self.account_heads = sorted({p[:-1] for p in self.phrases["post"] if len(p) > 1})
        self.account_rest: dict[str, list[tuple[str, ...]]] = {}  # علي -> [(حد,)]
        for head in self.account_heads:
            self.account_rest.setdefault(head[0], []).append(head[1:])
        self.account_nouns = tuple(sorted({self._without_pronoun(p[-1])
                                           for p in self.phrases["post"]}))

    def _without_pronoun(self, w: str) -> str:
        """A folded word without its pronoun suffix (قولها -> قول)."""
        for suf in self.pron_suffix:
            if w.endswith(suf) and len(w) > len(suf) + 1:
                return w[: -len(suf)]
        return w

    # -- speaker phrases and names (engine/speakers.py, engine/naming*) ----------------------
    def _load_speaker_words(self) -> None:
        """Affixes (data/morphology.json) and function words (data/speaker_words.json) of the
        speaker-phrase and naming rules."""
        self.morph: Morphology = morphology()
        words = json.loads((DATA / "speaker_words.json").read_text(encoding="utf-8"))
        # بهذا الصدد: a demonstrative after a leading adverbial takes its noun along
        self.demonstrative_adverbials = {fold(w) for w in words["demonstrative_adverbials"]}
        # كيري في ختام لقائه: after a name or a body, an adverbial begins
        self.place_prepositions = {fold(w) for w in words["place_prepositions"]}
        # وشدد الوزير على أن: the verb's preposition before a complementizer
        self.complement_prepositions = {fold(w) for w in words["complement_prepositions"]}
        # على folds like the name علي; the name is written with ي
        self.ala = fold(words["ala"])
        # باسمها، لديها: a preposition with a pronoun, no object noun
        self.pronoun_prepositions = tuple(fold(w) for w in words["pronoun_prepositions"])
        # وأكد معاليه: an honorific with a pronoun points back to the person named before
        self.honorific_pronouns = {fold(w) for w in _lines("honorific_pronouns.txt")}
        # فراس، سهيل: spellings of personal names, evidence (not a verdict) that a word is a name
        self.person_names = set(_lines("person_names.txt"))  # (folded in the file)
        # أما منافسه ...: particles that open a sentence without being its verb
        self.sentence_particles = {fold(w) for w in words["sentence_particles"]}
        # وفق ما أفاد به مصدر أمني، حسب الوزارة: a source note names a speaker
        self.source_notes = {fold(w) for w in words["source_notes"]}
        self.source_note_fillers = {fold(w) for w in words["source_note_fillers"]}
        # انتقدت الجامعية ألفة يوسف ما آلت إليه: after a name, ما opens the verb's object
        self.object_openers = {fold(w) for w in words["object_openers"]}
        # المرزوقي في مقال نشره، في مداخلة تلفزيونية: more media nouns that end a speaker phrase
        self.medium |= {fold(w) for w in words["more_media"]}

    def cue(self, folded_word: str) -> CueForm | None:
        """The cue form of a folded word, trying it bare and without a و/ف clitic."""
        return self.cue_lookup.get(folded_word)

    def build_cue_lookup(self) -> None:
        table: dict[str, CueForm] = {}
        for form, cue in self.cues.items():
            for clitic in ("و", "ف"):
                if len(form) >= 3:
                    table.setdefault(clitic + form, cue)
        table.update(self.cues)
        self.cue_lookup = table

    def accusative(self, raw_word: str, folded_word: str) -> bool:
        """An indefinite accusative (تشدداً، كبيراً): a final alef with the tanween, whatever
        format characters stand between them."""
        return folded_word.endswith("ا") and any(t in raw_word for t in self.accusative_tanween)

    def is_body(self, folded_word: str) -> bool:
        """Head noun of an institution, bare, definite or after و/ف (وزارة، والوزارة)."""
        memo = self.memo("is_body")
        hit = memo.get(folded_word)
        if hit is None:
            hit = memo[folded_word] = self._is_body(folded_word)
        return hit

    def _is_body(self, folded_word: str) -> bool:
        w = folded_word
        for _ in range(2):
            if w in self.body_nouns or (w.startswith("ال") and w[2:] in self.body_nouns):
                return True
            if len(w) < 4 or w[0] not in "وف":
                return False
            w = w[1:]
        return False

    def complementizer(self, folded_word: str) -> bool:
        """True for إن/أن/بأن with or without an attached pronoun (إنه، أننا ...)."""
        return folded_word in self.comp_forms

    def is_title(self, folded_word: str) -> bool:
        """Office or honorific word, or a nisba adjective (الأمريكي، الفلسطينية)."""
        hit = self._title_memo.get(folded_word)
        if hit is None:
            hit = self.memo("is_title")[folded_word] = self._is_title(folded_word)
        return hit

    def memo(self, name: str) -> dict:
        """A per-word cache for facts derived from this lexicon (bounded: emptied when it
        reaches MEMO_SIZE, so an archive's vocabulary does not pile up)."""
        memo = self._memos.setdefault(name, {})
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        return memo

    def _is_title(self, folded_word: str) -> bool:
        w = strip_article_clitic(folded_word)
        if folded_word in self.titles or w in self.titles or folded_word in self.countries:
            return True
        if folded_word in self.country_nisba:
            return True  # وزير ليبي، مسؤول أمريكي: an indefinite nisba of a country
        if "ال" + w in self.titles or (w.startswith("ال") and w[2:] in self.titles):
            return True  # قوات / القوات
        for suf in ("ه", "ها", "هم"):  # باسمه، باسمها
            if folded_word.endswith(suf) and folded_word[: -len(suf)] in self.titles:
                return True
        return False


def _with_clitics(table: dict[str, CueForm]) -> dict[str, CueForm]:
    """A cue table with each form also after the و/ف clitic (forms of 3+ letters)."""
    out = {clitic + form: cue for form, cue in table.items() if len(form) >= 3
           for clitic in ("و", "ف")}
    out.update(table)
    return out


def looks_participle(form: str) -> bool:
    return form.startswith("م") and (form.endswith("ا") or form.endswith("ه"))


# The one conjunction stripper lives in morphology.py; the old name stays importable.
strip_article_clitic = strip_conj


MEMO_SIZE = 100_000


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The Arabic lexicon, loaded once per process."""
    return Lexicon()
