"""Phone numbers: pre-clean OCR slips, find them with phonenumbers, read the kind from nearby labels."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from ocr.fields.lines import CardLine
from ocr.fields.words import PHONE_LABELS
from ocr.models import Phone, PhoneKind

# A digit group where OCR read `O`/`o` for 0 and `l`/`I`/`|` for 1: only if it already holds a digit and
# touches no other letter, so words like "Hollow" or "Iwhitfield" are never rewritten.
_SLIP_GROUP = re.compile(r"(?<![A-Za-z])[0-9OoIl|]*[0-9][0-9OoIl|]*(?![A-Za-z])")
_SLIP_MAP = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
_TRUNK_O = re.compile(r"\(\s*[Oo]\s*\)(?=\s*\d)")
# `03-5S45-3801`, `03-SS45-3801`, `03-5$45-3801`: an S (or a $) read for a 5 inside a number, after a
# digit or a digit and its dash or dot, with two digits after it (so postcodes like `H3S 1S9` stay)
_S_FOR_5 = re.compile(r"(?:(?<=\d)|(?<=\d[-.]))[S$]{1,2}(?=\d{2})")
_LABEL_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]*")
_PHONE_LIKE = re.compile(r"\+?\(?\d[\d\s().\-/]{4,}\d")
# A Japanese postal code, `〒100-0005` or `T100-0005` as OCR reads the mark: never part of a number, though
# the matcher would join it to the block number after it (`T420-0851 1-2 Kurogane-cho`).
# Bare at a line's start, it is one before the block number (`448-8650 1-1 Asahi-machi`, `601-0721 12 Kita`).
_JP_POSTAL = re.compile(
    r"(?:〒\s?|(?<![A-Za-z0-9])T\s?)\d{3}-\d{4}(?![-\d])"
    r"|^\s*\d{3}-\d{4}(?=,?\s+\d{1,4}(?:-\d{1,4})*,?\s+[A-Za-z])"
)
# A five-digit postcode before its town, at the start of a line or after a comma (`89104 Rochlitz`,
# `Beiergasse 9, 89104 Rochlitz`): the matcher takes it for a short number where five digits can be one.
# A licence or registration number after its label (`USDOT #3107724`, `DRE# 01234567`, `NMLS ID 123456`,
# `CSLB Lic. 987654`): digits a phone matcher would take for a short number.
_LICENCE = re.compile(
    r"(\b(?:US\s?DOT|DOT|MC|NMLS(?:\s+ID)?|DRE|BRE|CalBRE|CSLB|Lic(?:ense|ence)?(?:\s+No)?|Reg(?:istration)?\s+No)"
    r"\.?\s*(?:#|No\.?)?\s*:?\s*)(\d[\d-]{4,}\d)",
    re.I,
)
# `0204190363.50.54480000088`: more digits than any number has (15 at most with its country code, 17 with
# a `00` before it), run together by dots or dashes with no space: OCR's reading of a texture or a barcode,
# not a number. The matcher would find numbers inside it, and a region where they are valid.
_DIGIT_JUNK = re.compile(r"\d(?:[.-]?\d){16,}")
_POSTCODE_TOWN = re.compile(r"(^\s*|,\s*)(\d{5})(?=,?\s+[A-ZÀ-Þ][a-zà-ÿ])")


# `+1 (257): 763-3286`: a speck after an area code's closing bracket.
_MARK_AFTER_PAREN = re.compile(r"\)\s*[:;,]\s*(?=\d)")


# `+1.617.274,.4881`: a speck read as a comma beside a number's own dot or dash; one separator, not two.
_COMMA_BESIDE_SEPARATOR = re.compile(r"(?<=\d)(?:([.-]),|,([.-]))(?=\d)")


# `() +81 90 3951 7658`, `(] +61 416 703 917`: a phone icon read as an empty pair of brackets; no number
# has one.
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")
# `0 07371 477681`, `0) 0171 25348808`: a round phone icon read as a 0 before a number that starts with its
# own trunk 0 or a `+` (no number repeats its trunk 0; the `(0)` of `+49 (0) 171` has its bracket)
_ICON_ZERO = re.compile(r"(?<![\w(+.-])[0O]\)?\s+(?=\+|\(?0)")


# A lone digit or mark (`0`, `6`, `0)`, `¢`) at the start of a line, before a number.
_STRAY_LEAD = re.compile(r"^\s*([^\sA-Za-z+(]\)?)\s+(?=[+(]?\d)")


# A `1` or `7` glued to the front of the first digit run, after a label or nothing (`T 16109 7884`).
_GLUED_LEAD = re.compile(r"^\s*(?:[A-Za-z]{1,6}\.?\s*[:|]?\s*)?([17])(?=\d{3,}[\s.-]?\d)")


# A `4` starting a long digit run that is no valid number: maybe `+` misread (`444 131 662 4114`), also
# where blur closed the spaces of the international number it starts (`433519691235`).
_PLUS_AS_4 = re.compile(r"(?<![\w+(])4(?=\d{1,3}[\s.-]\d|\d{9,14}(?!\d))")


# (not `0172 / 3 45 61 28`, a German area code before the slash: more digits follow)
_SHORT_SIBLING = re.compile(r"(?<=\d)\s*/\s*\d{1,4}(?![\d\s-]*\d)")
_SIBLING = re.compile(r"^\s*/\s*(\d[\d ]{0,9}\d|\d)(?![\d\s-]*\d)")


def _sibling(number: phonenumbers.PhoneNumber, after: str) -> tuple[str, int] | None:
    """`2712 4480 / 81`, `2501 4478 / 2501 4479`: a second line of the same exchange written after a slash
    as the digits that change. (E.164 of that number, length of the text it took), when valid."""
    m = _SIBLING.match(after)
    if not m or number.extension:
        return None
    tail = m.group(1).replace(" ", "")
    national = str(number.national_number)
    if len(tail) >= len(national):
        return None  # a whole number of its own: the matcher reads it
    digits = national[: len(national) - len(tail)] + tail
    candidate = phonenumbers.parse(f"+{number.country_code}{digits}")
    if not phonenumbers.is_valid_number(candidate):
        return None
    return phonenumbers.format_number(candidate, PhoneNumberFormat.E164), m.end()


_LONE_LETTER = re.compile(r"(?:^|\s)[A-Za-z][.:]?\s*$")


def _valid_count(matches: list[phonenumbers.PhoneNumberMatch]) -> int:
    return sum(phonenumbers.is_valid_number(m.number) for m in matches)


@dataclass(frozen=True, slots=True)
class FoundPhone:
    """A valid number with the kind its label gave (None when unlabelled) and where it was found."""

    phone: Phone
    label: PhoneKind | None
    line: int
    repaired: bool
    named: bool = False
    """A word no label list knows stood right before it (`study 804.358.0219`): someone named the line."""


def preclean(text: str) -> str:
    """Undo letter-for-digit slips inside digit runs and `(O)` trunk prefixes; keep everything else."""
    text = _TRUNK_O.sub("(0)", text)
    text = _S_FOR_5.sub(lambda m: "5" * len(m.group(0)), text)
    text = _MARK_AFTER_PAREN.sub(") ", text)
    text = _COMMA_BESIDE_SEPARATOR.sub(lambda m: m.group(1) or m.group(2), text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _ICON_ZERO.sub("", text)

    def fix(m: re.Match[str]) -> str:
        group = m.group(0)
        # A pipe next to a space is a separator, not a 1; so is one glued to a trunk 0 (`Fax |01 93`).
        if group.startswith("|0"):
            return " " + group[1:].translate(_SLIP_MAP)
        return group.translate(_SLIP_MAP) if not group.endswith("|") else group

    return _SLIP_GROUP.sub(fix, text)


def _label_before(segment: str) -> PhoneKind | None:
    """The kind named by the nearest label word before a number (`Tel.`, `M:`, `Direct Line`)."""
    tail = re.sub(r"\bH\s*/\s*P\b", "HP", re.split(r"\d", segment)[-1], flags=re.I)
    found = [w.lower() for w in _LABEL_WORD.findall(tail)][-3:]
    kinds = [PHONE_LABELS[w] for w in found if w in PHONE_LABELS]
    if "fax" in kinds and "work" in kinds:  # "Tel/Fax": a line that rings and receives faxes
        return "work"
    return kinds[-1] if kinds else None


def _label_start(text: str, start: int, end: int) -> int:
    """Where the label words just before a number begin, so only label + number leave the line."""
    pos = end
    for word in reversed(list(_LABEL_WORD.finditer(text, start, end))):
        if word.group(0).lower() not in PHONE_LABELS or text[word.end() : pos].strip(" .:;|/-\t") != "":
            break
        pos = word.start()
    return pos


def _label_after(segment: str, last: bool) -> PhoneKind | None:
    """A label after the number: `(mobile)` anywhere, a bare label word only at the end of the line."""
    m = re.match(r"\s*[(\[]\s*([A-Za-z]+)\.?\s*[)\]]", segment)
    if m:
        return PHONE_LABELS.get(m.group(1).lower())
    if last:
        found = _LABEL_WORD.findall(segment)
        if len(found) == 1 and not re.search(r"\d", segment):
            return PHONE_LABELS.get(found[0].lower())
    return None


def _label_right_after(segment: str) -> PhoneKind | None:
    """The kind named by a label word directly after a number (`main`, `(fax)`, `direct |`)."""
    m = re.match(r"\s*[(\[]?\s*([A-Za-z][A-Za-z-]*)", segment)
    return PHONE_LABELS.get(m.group(1).lower()) if m else None


def _display(number: phonenumbers.PhoneNumber, region: str) -> str:
    same = phonenumbers.region_code_for_number(number) == region
    return phonenumbers.format_number(
        number, PhoneNumberFormat.NATIONAL if same else PhoneNumberFormat.INTERNATIONAL
    )


def _is_bare_label(text: str) -> PhoneKind | None:
    """The kind a line holding only a label names (`Mobile:` above its number); a line with digits is no
    bare label (`T060-0042` is a postcode after the 〒 mark read as T)."""
    found = _LABEL_WORD.findall(text)
    if len(found) != 1 or len(text) > 14 or re.search(r"\d", text):
        return None
    return PHONE_LABELS.get(found[0].lower())


# `O| +33 4 70 62` over `3115`: the end of a number OCR put on a line of its own.
_DIGITS_ONLY = re.compile(r"\s*\d{2,4}(?:[\s.-]\d{2,4})?\s*")


def _valid_count_in(text: str, region: str) -> int:
    return _valid_count(list(PhoneNumberMatcher(preclean(text), region, leniency=Leniency.POSSIBLE)))


def _unwrapped(lines: list[CardLine], texts: dict[int, str], region: str) -> tuple[dict[int, str], set[int]]:
    """`texts` with a line of bare digits joined to the line above when that completes a number there
    (the joined line's index is returned too): Tesseract now and then wraps a number's last group."""
    out = dict(texts)
    wrapped: set[int] = set()
    for above, below in itertools.pairwise(lines):
        head, tail = out.get(above.index, above.text), out.get(below.index, below.text)
        if above.index in wrapped or not _DIGITS_ONLY.fullmatch(tail) or not re.search(r"\d\s*$", head):
            continue
        joined = f"{head.rstrip()} {tail.strip()}"
        if _valid_count_in(joined, region) > _valid_count_in(head, region):
            out[above.index] = joined
            wrapped.add(below.index)
    return out, wrapped


def find_phones(
    lines: Iterable[CardLine], texts: dict[int, str], region: str
) -> tuple[list[FoundPhone], list[str], dict[int, str]]:
    """Valid numbers in card order (no duplicates), the phone-like texts that are not valid numbers for
    `region`, and per line the text left once numbers and their labels are removed.

    `texts` gives each line's text with emails and websites removed.
    """
    found: list[FoundPhone] = []
    rejected: list[str] = []
    residual: dict[int, str] = {}
    seen: set[tuple[str, str | None]] = set()
    previous_label: PhoneKind | None = None
    lines = list(lines)
    texts, wrapped = _unwrapped(lines, texts, region)
    residual.update(dict.fromkeys(wrapped, ""))
    for line in lines:
        if line.index in wrapped:
            continue
        raw = texts.get(line.index, line.text)
        text = preclean(raw)
        # postal codes blanked out, same length, so spans found in `masked` hold for `text`
        masked = _JP_POSTAL.sub(lambda m: " " * len(m.group(0)), text)
        masked = _POSTCODE_TOWN.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)
        masked = _LICENCE.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)
        masked = _DIGIT_JUNK.sub(lambda m: " " * len(m.group(0)), masked)
        # `2712 4480 / 81`: the changed last digits of a second line, hidden so the first reads alone
        masked = _SHORT_SIBLING.sub(lambda m: " " * len(m.group(0)), masked)
        matches = list(PhoneNumberMatcher(masked, region, leniency=Leniency.POSSIBLE))
        stray = _STRAY_LEAD.match(masked)
        if stray:
            # `0 07446 630470`, `6 022 3251 2526`: an icon before the number read as a digit. Blank it
            # (same length, so spans still hold) and keep that reading if it gives more valid numbers, or
            # when the number found does not use it anyway.
            blank = " " * stray.end(1) + masked[stray.end(1) :]
            unused = (
                bool(matches) and matches[0].start >= stray.end(1) and _valid_count(matches) == len(matches)
            )
            retry = matches if unused else list(PhoneNumberMatcher(blank, region, leniency=Leniency.POSSIBLE))
            if unused or _valid_count(retry) > _valid_count(matches):
                masked, text, matches = blank, " " * stray.end(1) + text[stray.end(1) :], retry
        glued = _GLUED_LEAD.search(masked) if not _valid_count(matches) else None
        if glued:
            # `T 16109 7884` for `+65 6109 7884`: the country code lost and an icon or a `+6` read as a 1
            # glued to the number. Taken only when the rest is a valid number of the card's own region.
            blank = masked[: glued.start(1)] + " " + masked[glued.end(1) :]
            retry = list(PhoneNumberMatcher(blank, region, leniency=Leniency.POSSIBLE))
            if retry and all(phonenumbers.is_valid_number_for_region(m.number, region) for m in retry):
                masked, text, matches = blank, text[: glued.start(1)] + " " + text[glued.end(1) :], retry
        plus = _PLUS_AS_4.search(masked)
        if plus and _valid_count(matches) < len(matches) + (not matches):
            # `444 7953 451115` on a card from the UK: the `+` read as a 4. Taken only when the number
            # then belongs to the card's own region.
            swap = masked[: plus.start()] + "+" + masked[plus.start() + 1 :]
            retry = list(PhoneNumberMatcher(swap, region, leniency=Leniency.POSSIBLE))
            home = [m for m in retry if phonenumbers.is_valid_number_for_region(m.number, region)]
            if len(home) == len(retry) and _valid_count(retry) > _valid_count(matches):
                masked, text, matches = swap, text[: plus.start()] + "+" + text[plus.start() + 1 :], retry
        matches = _with_numbers_run_into(matches, masked, region)
        spans: list[tuple[int, int]] = []
        # `310.553.2000 main | 310.553.2014 direct | 310.553.2099 fax`: a line that starts with a number
        # and names its first and last numbers after them prints every label after its number.
        labels_after = bool(matches) and not re.search(r"[A-Za-z]", text[: matches[0].start])
        labels_after = (
            labels_after
            and all(  # the last number too (`078-232-1500  FAX 078-...` is not)
                _label_right_after(text[m.end :]) is not None for m in (matches[0], matches[-1])
            )
        )
        for i, m in enumerate(matches):
            start = matches[i - 1].end if i else 0
            end = matches[i + 1].start if i + 1 < len(matches) else len(text)
            before = text[start : m.start]
            if labels_after:
                label = _label_right_after(text[m.end : end])
            else:
                label = _label_before(before) or _label_after(text[m.end : end], i + 1 == len(matches))
            if label is None and i == 0 and not re.search(r"[A-Za-z]{2}", before):
                label = previous_label
            number = m.number
            if not phonenumbers.is_valid_number(number):
                if _phone_like(m.raw_string, labelled=label is not None):
                    rejected.append(m.raw_string.strip())
                continue
            spans.append((_label_start(text, start, m.start), m.end))
            if (
                label == "work"
                and _LONE_LETTER.search(before)
                and phonenumbers.number_type(number) == PhoneNumberType.MOBILE
            ):
                # `O 080-5521-9047`: a lone letter before a number that can only be a mobile is more
                # likely an icon read as a letter than an office label
                label = "mobile"
            e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            key = (e164, number.extension or None)
            if key in seen:
                continue
            seen.add(key)
            phone = Phone(e164, label or "other", _display(number, region), number.extension or None)
            named = label is None and bool(re.search(r"[A-Za-z]{3,}\.?:?\s*$", before))
            found.append(FoundPhone(phone, label, line.index, text != raw, named))
            sibling = _sibling(number, text[m.end :])
            if sibling is not None and (sibling[0], None) not in seen:
                seen.add((sibling[0], None))
                spans.append((m.end, m.end + sibling[1]))
                twin = Phone(
                    sibling[0], label or "other", _display(phonenumbers.parse(sibling[0]), region), None
                )
                found.append(FoundPhone(twin, label, line.index, text != raw, named))
        for cand in _PHONE_LIKE.finditer(masked):
            if any(m.start <= cand.start() < m.end for m in matches):
                continue
            labelled = _label_before(text[: cand.start()]) is not None
            if _phone_like(cand.group(0), labelled=labelled):
                rejected.append(cand.group(0).strip())
        if spans:
            rest = text
            for s, e in reversed(spans):
                rest = rest[:s] + " " + rest[e:]
            residual[line.index] = rest
        previous_label = _is_bare_label(text) if not matches else None
        if previous_label:
            residual[line.index] = ""
    return found, rejected, residual


def _with_numbers_run_into(
    matches: list[phonenumbers.PhoneNumberMatch], masked: str, region: str
) -> list[phonenumbers.PhoneNumberMatch]:
    """`matches` and the valid numbers in phone-like runs they left, matched alone: junk run into a
    number (`48 # 011-292-1703`, a kanji label read as digits and a mark) hides it from the matcher."""
    extra = []
    for cand in _PHONE_LIKE.finditer(masked):
        if any(cand.start() < m.end and m.start < cand.end() for m in matches):
            continue  # overlapping a number found (`Suite 12 / 617-555-0134`): nothing hidden there
        alone = list(PhoneNumberMatcher(cand.group(0), region, leniency=Leniency.POSSIBLE))
        if len(alone) == 1 and phonenumbers.is_valid_number(alone[0].number):
            m = alone[0]
            extra.append(phonenumbers.PhoneNumberMatch(cand.start() + m.start, m.raw_string, m.number))
    return sorted(matches + extra, key=lambda m: m.start) if extra else matches


def _phone_like(raw: str, *, labelled: bool) -> bool:
    """Text worth a warning: enough digits to be a number and a sign that it was meant as one."""
    digits = sum(ch.isdigit() for ch in raw)
    if not 7 <= digits <= 15:
        return False
    return labelled or raw.lstrip().startswith(("+", "(")) or digits >= 9


_SERVICE_TYPES = frozenset({PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN})


def assign_kinds(found: list[FoundPhone]) -> list[Phone]:
    """Kinds for unlabelled numbers: MOBILE -> mobile; otherwise the first is work, a later ambiguous one
    (fixed-line-or-mobile, as in North America) mobile if the card has no mobile yet."""
    phones: list[Phone] = []
    has_mobile = any(f.label == "mobile" for f in found)
    unlabelled = 0
    for f in found:
        kind = f.label
        if kind is None:
            ntype = number_type(f.phone.number)
            if ntype in _SERVICE_TYPES:
                # `1-800-...` beside a local number: a line for the public, never someone's mobile, and it
                # does not make the next unlabelled number the second of a pair
                phones.append(Phone(f.phone.number, "work", f.phone.display, f.phone.extension))
                continue
            # (a number someone named with a word the label lists do not know, `study 804...`, is no
            # guessed mobile: mobiles are named with the words those lists hold)
            ambiguous = ntype == PhoneNumberType.FIXED_LINE_OR_MOBILE and not f.named
            if ntype == PhoneNumberType.MOBILE or (ambiguous and unlabelled and not has_mobile):
                kind = "mobile"
            else:
                kind = "work"
            unlabelled += 1
            has_mobile |= kind == "mobile"
        elif kind == "mobile" and number_type(f.phone.number) == PhoneNumberType.FIXED_LINE:
            # `C +617 9919 5861`: a phone icon read as the letter C or M before a landline; where a country's
            # numbers tell mobiles from landlines, the number is surer than the letter
            kind = "work"
        phones.append(Phone(f.phone.number, kind, f.phone.display, f.phone.extension))
    return phones


def number_type(e164: str) -> int:
    """phonenumbers' type (PhoneNumberType) of a number in E.164."""
    return int(phonenumbers.number_type(phonenumbers.parse(e164)))
