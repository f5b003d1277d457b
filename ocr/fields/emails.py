"""Email addresses: repair the usual OCR slips, then let email_validator decide and normalise."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from ocr.fields.lines import CardLine, edit_distance, fold_accents, letters, one_letter_off
from ocr.fields.tlds import TLDS
from ocr.fields.words import FREE_MAIL_DOMAINS

_SLD = frozenset({"co", "com", "ne", "or", "ac", "net", "org"})

_MAILTO = re.compile(r"mailto\s*:\s*", re.I)
_AT_WORD = re.compile(r"\s*[(\[{<]\s*at\s*[)\]}>]\s*", re.I)
_DOT_WORD = re.compile(r"\s*[(\[{<]\s*dot\s*[)\]}>]\s*", re.I)
# `©` (and the rarer `®`) is how Tesseract reads `@` in many fonts; only between word characters.
_AT_GLYPH = re.compile(r"(?<=[\w.])\s*[©®]\s*(?=\w)")
# ` at ` spelled out: only when a dotted domain follows, so "Attorney at Law" stays prose.
_AT_SPELLED = re.compile(r"(?<=[\w.])\s+at\s+(?=[a-z0-9-]+(?:\s*\.\s*[a-z0-9-]+)+\b)", re.I)
_LONE_AT = re.compile(r"(?:^|(?<=\s))@(?=\s)")
# `s. takeuchi @ yamatakei. com`, `michael. morgan@`, `victor .harrington@`: a spaced dot inside the local
# part, just before the `@`; the part before it is a lower-case word (or an initial), never a label
# nor a word that ends a sentence of prose ("Contact us. info@x.com").
_SPACED_LOCAL_DOT = re.compile(
    r"(?<![\w.])(?!(?:e|em|email|mail|e-mail|us|me|to|at|or|and|the|for|via|here|below|please)\b)"
    r"([a-z0-9][a-z0-9_-]*|[A-Za-z])(?:\s*\.\s+|\s+\.\s*)"
    r"(?=[A-Za-z0-9._%+-]+\s*@)"
)
# `r:murata@`, `a:;weber@`: a dot read as a colon (or a colon and a speck) after an initial.
_COLON_IN_LOCAL = re.compile(r"(?<![\w.])(?![emtw][:;])([a-z])(?::;?|;:?)(?=[a-z][A-Za-z0-9._%+-]*\s*@)")
# `e. grace@morrowlin.com`: the one-letter email label with a dot, not an initial of the local part.
_E_LABEL = re.compile(r"^\s*(?:[Ee]\.|E_)\s+(?=[A-Za-z0-9._%+-]+\s*@)")  # `E. ` and `E_ ` labels
# `rahul_ menon24@`: a space OCR put after an underscore inside the local part.
_SPACED_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])_\s+(?=[A-Za-z0-9._%+-]+\s*@)")
# `rohan.rao6 2@`: a space OCR put inside the digits that end a local part.
_SPLIT_DIGITS = re.compile(r"(?<=[A-Za-z._-]\d)\s+(?=\d+\s*@)")
# `j)duboislaurent@`: a bracket between letters of the local part is a speck.
_BRACKET_IN_LOCAL = re.compile(r"(?<=[A-Za-z0-9])[()\[\]{}](?=[A-Za-z0-9._%+-]*@)")
_SPACED_AT = re.compile(r"(?<=[\w.+-])\s*@\s*(?=[\w])")
_EMAIL = re.compile(r"(?<![\w.+%'-])([A-Za-z0-9._%+'-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


@dataclass(frozen=True, slots=True)
class FoundEmail:
    """A validated address, the line it came from, and whether the text needed repair to get it."""

    address: str
    line: int
    repaired: bool


def _repair_domain_text(tail: str) -> str:
    """Repair the text right after `@`: spaces around dots, a comma or colon for a dot, a dot lost before
    a TLD.

    A spaced or missing dot is only restored while the domain has no dot yet or when a TLD follows, so
    prose after a correct address (`jane@acme.com. Call me`) is left alone.
    """
    tail = _DOT_WORD.sub(".", tail)
    tail = re.sub(r"(?<=\w)\.{2,}(?=\s*\w)", ".", tail)  # `co..in`, `kestrelfield.. co`: a doubled dot
    m = re.match(r"[A-Za-z0-9-]+", tail)
    if not m:
        return tail
    head, rest = m.group(0), tail[m.end() :]
    while True:
        step = re.match(r"(\s*)([.,:]?)(\s*)([A-Za-z0-9-]+)", rest)
        if not step:
            break
        spaced, sep, label = bool(step.group(1) or step.group(3)), step.group(2), step.group(4)
        is_tld = label.lower() in TLDS
        last = head.rsplit(".", 1)[1].lower() if "." in head else ""  # the label read last, if any
        after_sld = last in _SLD
        dotted = sep == "." and (not spaced or "." not in head or is_tld)
        # `mapleleafcapital,ca`, `us.aurora:com. au`; `minato-logi, co.jp` while the domain has no dot yet
        comma = sep in ",:" and is_tld and (not spaced or "." not in head)
        lost = not sep and spaced and is_tld and ("." not in head or after_sld)  # `lumenvale com`
        # `hotmail.c com`: the start of the TLD read, then the whole TLD again after a space
        stutter = (
            not sep and spaced and is_tld and 0 < len(last) <= len(label) and label.lower().startswith(last)
        )
        if stutter:
            head, rest = f"{head.rsplit('.', 1)[0]}.{label}", rest[step.end() :]
            continue
        if not (dotted or comma or lost):
            break
        head, rest = f"{head}.{label}", rest[step.end() :]
    return head + rest


_EMAIL_TOKEN = re.compile(r"\S*@\S*")
_LABEL_PIPE = re.compile(r"^(?:e|em|email|e-mail|mail)\|", re.I)


def _pipes_to_l(text: str) -> str:
    """`|` inside the token holding the `@` reads `l` (`andrew.teo@|umenrealty.sg`, `|.sharma@`), unless it
    follows a label (`E|jane@`) or ends the token; `l|.chatterjee` keeps both (the name settles it)."""

    def fix(m: re.Match[str]) -> str:
        token = m.group(0)
        label = _LABEL_PIPE.match(token)
        head = label.group(0) if label else ""
        body = token[len(head) :]
        core = body.rstrip("|")
        return head + core.replace("|", "l") + body[len(core) :]

    return _EMAIL_TOKEN.sub(fix, text)


def repair(text: str) -> str:
    """Rewrite OCR slips in one line so that addresses in it become plain `local@domain`."""
    s = _MAILTO.sub(" ", text)
    s = _AT_WORD.sub("@", s)
    s = _AT_GLYPH.sub("@", s)
    if "@" not in s:
        s = _AT_SPELLED.sub("@", s)
    if s.count("@") > 1:
        s = _LONE_AT.sub(" ", s)  # an envelope icon read as `@` beside a real address
    s = _E_LABEL.sub("", s)
    if "|" in s and "@" in s:
        s = _pipes_to_l(s)
    if "!" in s and "@" in s:
        s = _EMAIL_TOKEN.sub(lambda m: re.sub(r"(?<=\w)!|!(?=\w)", "l", m.group(0)), s)  # `silverwi!!ow`
    s = _COLON_IN_LOCAL.sub(r"\1.", s)
    s = _SPACED_LOCAL_DOT.sub(r"\1.", s)
    s = _SPACED_UNDERSCORE.sub("_", s)
    s = _SPLIT_DIGITS.sub("", s)
    s = _BRACKET_IN_LOCAL.sub("", s)
    s = _SPACED_AT.sub("@", s)
    at = s.find("@")
    while at != -1:
        s = s[: at + 1] + _repair_domain_text(s[at + 1 :])
        at = s.find("@", at + 1)
    return s


def _glued_country(domain: str) -> str:
    """`horizonline.cojp` -> `horizonline.co.jp`: the dot between a second-level label and the country
    code lost (no such top-level domain as `cojp`, `comau`)."""
    head, _, last = domain.rpartition(".")
    low = last.lower()
    if not head or low in TLDS:
        return domain
    for sld in ("com", "co", "net", "org", "ac", "or", "ne"):
        if low.startswith(sld) and len(low) == len(sld) + 2 and low[len(sld) :] in TLDS:
            return f"{head}.{last[: len(sld)]}.{last[len(sld) :]}"
    return domain


_TRAILING_S_DIGITS = re.compile(r"(?<=[a-z])(?=[S\d]{2,}$)[S\d]*S[S\d]*$")
"""`lina.ngSS@` for lina.ng55@: capital S's among two or more digits ending a lower-case local part."""


def _normalise(local: str, domain: str) -> str | None:
    local = local.strip(".'-")
    # Among the digits that end a local part, `i`/`l` is a 1 and `o` a 0 (`s.krishnan8i` -> `...81`)
    local = re.sub(r"(?<=\d)[ilI|](?=\d*$)", "1", re.sub(r"(?<=\d)[oO](?=\d*$)", "0", local))
    if not local.isupper():
        local = _TRAILING_S_DIGITS.sub(lambda m: m.group(0).replace("S", "5"), local)
    domain = _glued_country(domain.strip(".-"))
    if local.isupper():  # an address printed in capitals: mailboxes are not case-sensitive in practice
        local = local.lower()
    try:
        result = validate_email(f"{local}@{domain.lower()}", check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized


# `IG @brianna.does.hair`, `Instagram: @luxehair`: a handle after a social network's name, not an address
# with its local part read apart (`.hair` is a top-level domain).
_SOCIAL_HANDLE = re.compile(
    r"\b(?:ig|insta(?:gram)?|twitter|tiktok|threads|fb|facebook|snap(?:chat)?|x)\s*[:|]?\s+@[\w.]+", re.I
)


def find_emails(lines: Iterable[CardLine]) -> tuple[list[FoundEmail], dict[int, str]]:
    """All valid addresses in card order, and per line the text left once the addresses are removed."""
    found: list[FoundEmail] = []
    residual: dict[int, str] = {}
    pending = ""  # `adrian.volkov@` at the end of a line: the domain went to the next line
    for line in lines:
        fixed = repair(pending + _SOCIAL_HANDLE.sub(" ", line.text))
        joined, pending = bool(pending), ""
        if re.search(r"[\w.]@\s*$", fixed):
            pending = fixed.rstrip()
            residual[line.index] = ""
            continue
        matches = list(_EMAIL.finditer(fixed))
        if not matches:
            continue
        rest, valid = fixed, False
        for m in matches:
            address = _normalise(m.group(1), m.group(2))
            valid |= address is not None
            if address and address not in {f.address for f in found}:
                found.append(FoundEmail(address, line.index, joined or fixed != line.text))
            rest = rest.replace(m.group(0), " ")
        if not valid and not joined and "@" not in line.text:
            # `FAX. 03-8329-4852 © tir. 080-...`: an icon read as `©` made no address; the line is as printed
            continue
        residual[line.index] = rest
    return found, residual


def fix_domain(address: str, evidence: Iterable[str], *, card: Iterable[str] = ()) -> str:
    """Fix a one-letter slip in a domain label when a card line spells the label (`pwe` beside "PwC ...",
    `talcongate` beside the website `falcongate...com`),
    and a dot lost before the TLD when a line spells the label before it (`cobaltio`, Cobalt Partners).

    Only labels of three or more letters that appear nowhere on the card (the `evidence` lines, or any of
    the `card`'s lines however faintly read) are touched, and only when exactly one run of whole words on a
    line differs from the label in a single letter.
    """
    local, _, domain = address.rpartition("@")
    texts = [fold_accents(t) for t in evidence if "@" not in t]
    # `sterlingtechnologies` printed in the website under the address confirms it, even read less surely
    # than the company line's `Sterling Technologles` (the evidence lines are some of the card's)
    printed = [fold_accents(t) for t in card if "@" not in t] or texts
    squashed = [letters(t) for t in printed]
    runs = {r for t in texts for r in _word_runs(t)}
    # a website's own labels spell the domain too (`falcongatearchitects.com` on the web line, read more
    # surely than `katrin.schneider@talcongatearchitects.com`)
    runs |= {
        letters(label)
        for t in texts
        for token in t.split()
        if "." in token.strip(".")
        for label in token.split(".")
        if len(letters(label)) >= 3
    }
    labels = domain.split(".")
    changed = False
    last = labels[-1].lower()
    if last not in TLDS and (tld := _misread_tld(last)):
        labels[-1], last, changed = tld, tld, True  # `micron-inc.co.ip`: the j of `jp` read as an i
    if last not in TLDS:
        # `jp.cobaltio` beside Cobalt Partners: the dot before the TLD lost, where a line spells the stem
        for k in (2, 3):
            stem, tld = last[:-k], last[-k:]
            if len(stem) >= 3 and tld in TLDS and stem in runs:
                labels[-1:] = [stem, tld]
                changed = True
                break
    # Only the label a company registers (`pwc` in jp.pwc.com, `acme` in acme.co.jp) spells its name:
    # a host label such as `mail` is left alone even when `Main Street` is one letter off.
    registered = len(labels) - 2
    if registered > 0 and labels[registered].lower() in _SLD and len(labels[-1]) == 2:
        registered -= 1
    for i, label in enumerate(labels[:-1]):
        key = label.replace("-", "")
        seen = [text for text, squash in zip(printed, squashed, strict=True) if key in squash]
        # A website printing the same domain in the same face reads a pair of letters as one the same way
        # (`www keystonendgedental.com`): no confirmation of that slip, though it is of any other.
        web_only = bool(seen) and all(_WEB_ADDRESS.search(text) for text in seen)
        if i != registered or len(key) < 3 or (seen and not web_only):
            continue
        near: set[str] = set()
        if not web_only:
            near = {r for r in runs if one_letter_off(r, key) or _few_off(r, key)}
            if not near and len(key) >= 5:  # `llumen` beside Lumen Robotics: a letter read twice
                near = {r for r in runs if _doubled_once(key, r)}
            if not near and len(key) >= 6:  # `seahyog` beside SAHYOG SOFTECH: a letter added inside the word
                near = {r for r in runs if _added_inside(key, r)}
        if not near and len(key) >= 6:  # `keystonendge` beside Keystoneridge: two letters read as one
            near = {r for r in runs if _glyphs_merged(key, r)}
        if len(near) == 1:
            spelling = near.pop()
            if len(spelling) == len(key):  # the label's hyphens go back where they were
                chars = iter(spelling)
                spelling = "".join(ch if ch == "-" else next(chars) for ch in label)
            labels[i] = spelling
            changed = True
    return f"{local}@{'.'.join(labels)}" if changed else address


_TLD_SLIPS = {"i": "jl", "j": "i", "l": "i", "0": "o", "o": "0"}
"""Letters OCR reads for one another in a two-letter country code (`ip` for `jp`)."""


def _misread_tld(label: str) -> str | None:
    """The one country code `label` (no TLD itself) is with one letter OCR often misreads put back."""
    if len(label) != 2:
        return None
    found = {
        label[:i] + other + label[i + 1 :]
        for i, char in enumerate(label)
        for other in _TLD_SLIPS.get(char, "")
    } & TLDS
    return found.pop() if len(found) == 1 else None


def _word_runs(text: str, leading: bool = False) -> list[str]:
    """Letters of every run of consecutive whole words: `PwC Consulting` -> pwc, pwcconsulting, consulting;
    with `leading`, only the runs from the first word (pwc, pwcconsulting)."""
    ws = [letters(w) for w in text.split()]
    starts = range(min(1, len(ws))) if leading else range(len(ws))
    return ["".join(ws[i:j]) for i in starts for j in range(i + 1, min(len(ws), i + 4) + 1)]


def _doubled_once(label: str, word: str) -> bool:
    """Whether `label` is `word` with one of its letters read twice (`llumen` for `lumen`; never `utexas`
    for `texas`, where the extra letter is a different one)."""
    return len(label) == len(word) + 1 and any(
        label[i] == label[i + 1] and label[:i] + label[i + 1 :] == word for i in range(len(label) - 1)
    )


def _added_inside(label: str, word: str) -> bool:
    """Whether `label` is `word` with one letter added between its first and last (never `utexas` for
    `texas` or `texasu`: a letter before or after a name is how real domains differ from it; nor the `e`
    of `mueller` for Müller, the way German spells an umlaut in an address)."""
    return len(label) == len(word) + 1 and any(
        label[:i] + label[i + 1 :] == word and not (label[i] == "e" and label[i - 1] in "aou")
        for i in range(1, len(label) - 1)
    )


_WEB_ADDRESS = re.compile(r"(?i)\bwww\b|https?:|[a-z0-9-]{3,}\.(?:com|net|org|io|co|[a-z]{2})\b")
"""A line that prints a web address (a label of three letters or more before its TLD: not `Co.KG`)."""

_MERGED_GLYPHS = {"ri": "n", "rn": "m", "cl": "d"}
"""Letter pairs OCR reads as one letter when they print close together."""


def _glyphs_merged(label: str, word: str) -> bool:
    """Whether `label` is `word` with one of its letter pairs read as a single letter (`keystonendge` for
    `keystoneridge`, `wamer` for `warner`)."""
    return len(label) == len(word) - 1 and any(
        word[i : i + 2] in _MERGED_GLYPHS
        and word[:i] + _MERGED_GLYPHS[word[i : i + 2]] + word[i + 2 :] == label
        for i in range(len(word) - 1)
    )


def _few_off(run: str, label: str) -> bool:
    """A long label (14+ letters) of the run's length a few slips from it, one per seven letters:
    `merndianidggeconsulting` for `Meridianridge Consulting`. Equal lengths keep a shortened domain
    (`smithconsultgrp`) from being "corrected" to the name."""
    return len(label) >= 14 and len(run) == len(label) and 0 < edit_distance(run, label) <= len(label) // 7


def domain_of(address: str) -> str:
    return address.rpartition("@")[2]


_BROKEN_ADDRESS = re.compile(r"(?<![\w.+%'-])([A-Za-z0-9][A-Za-z0-9._%+-]*)\s*@\s*(\S.*)$")


def _near_host(text: str, hosts: Iterable[str]) -> str | None:
    """The one website host whose letters `text`'s letters spell with a few OCR slips (one per ~5)."""
    squashed = letters(text)
    near = {
        host
        for host in hosts
        if abs(len(letters(host)) - len(squashed)) <= 3
        and edit_distance(squashed, letters(host)) <= max(2, len(letters(host)) // 5)
    }
    return near.pop() if len(near) == 1 else None


def domain_from_websites(
    lines: Iterable[CardLine], found: list[FoundEmail], hosts: Iterable[str]
) -> tuple[list[FoundEmail], dict[int, str]]:
    """Addresses whose domain OCR garbled, completed from the card's website, which prints the same
    domain on its own line: `claire.carter@bric | summit.com.au` beside `www.bright-summit.com.au`, and
    `tomoaki@orchidvale.ip` (no such TLD) beside `orchidvale.jp`; or split by a space that the company's
    name shows to be none (`anovak@crescent fieldenergy.com` under Crescentfield Energy Ltd.). Returns the
    addresses and, for lines that now give one, their remaining text."""
    domains = [h.removeprefix("www.") for h in hosts]
    lines = list(lines)
    evidence = {r for line in lines if "@" not in line.text for r in _word_runs(fold_accents(line.text))}
    leading = {r for line in lines if "@" not in line.text for r in _word_runs(fold_accents(line.text), True)}
    out: list[FoundEmail] = []
    for email in found:
        local, _, domain = email.address.rpartition("@")
        tld = domain.rsplit(".", 1)[-1]
        host = _near_host(domain, domains) if tld not in TLDS and domain not in domains else None
        if host is None and domain not in domains and domain[1:] in domains:
            host = domain[1:]  # `rmenon@dquartzpoint.in` beside quartzpoint.in: the @'s tail read as a letter
        if host is None and domain not in domains and tld in _SLD:
            # `misaki.yamamoto@hinodeelectric.co.` / `ip.`: the country code wrapped to the next line
            host = next(
                (
                    d
                    for d in domains
                    if d.startswith(f"{domain}.") and _wrapped_code(lines, email.line, domain, d)
                ),
                None,
            )
        out.append(FoundEmail(f"{local}@{host}", email.line, True) if host else email)
    with_email = {e.line for e in out}
    residual: dict[int, str] = {}
    for line in lines:
        if line.index in with_email:
            continue
        if "@" not in line.text:
            glyph = _at_read_as_letter(line.text, domains)
            if glyph is None and not found:  # only on a card whose address no line gave
                glyph = _at_before_company(line.text, leading)
            if glyph and (address := _normalise(*glyph)) and address not in {e.address for e in out}:
                out.append(FoundEmail(address, line.index, True))
                residual[line.index] = line.text[: line.text.find(glyph[0])]
            continue
        m = _BROKEN_ADDRESS.search(repair(line.text))
        host = _near_host(m.group(2), domains) if m else None
        host = host or (_joined_domain(m.group(2), evidence) if m else None)
        host = host or (_dotless_domain(m.group(2), evidence) if m else None)
        address = _normalise(m.group(1), host) if m and host else None
        if m and address and address not in {e.address for e in out}:
            out.append(FoundEmail(address, line.index, True))
            residual[line.index] = line.text[: line.text.find(m.group(1))]
    return out, residual


def _wrapped_code(lines: list[CardLine], index: int, domain: str, host: str) -> bool:
    """Whether `host` is `domain` (printed on line `index`) with the country code OCR parted from it: read,
    perhaps with a slip (`ip` for `jp`), alone on the line after it or after a space at the line's end
    (`hinodeelectric.co. ip:`); never another code (`in`, a LinkedIn icon, beside acme.com.au)."""
    code = host.removeprefix(f"{domain}.")
    if len(code) != 2:
        return False
    line = next((line for line in lines if line.index == index), None)
    after = next((line for line in lines if line.index == index + 1), None)
    spaced = re.search(rf"{re.escape(domain)}\.?\s+([A-Za-z]{{2}})\W*$", line.text, re.I) if line else None
    alone = re.fullmatch(r"\W*([A-Za-z]{2})\W*", after.text) if after else None
    return any(m and code in (m.group(1).lower(), _misread_tld(m.group(1).lower())) for m in (spaced, alone))


_AT_AS_LETTER = "QOGCoae0&(Z"
"""What Tesseract makes of an `@` it does not see as one, glued to the domain (`sarah Qquartzbridge.com`)."""


def _at_read_as_letter(text: str, domains: Iterable[str]) -> tuple[str, str] | None:
    """(local, domain) from `sarah Qquartzbridge.com.au` when the letters after the glyph are exactly the
    card's website domain and a word stands before it (not `www` or a label). The glyph's tail may be read
    as a letter too (`michael (igranitelogistics.sg`, which also passes for a website of its own line: the
    shortest domain is tried first)."""
    for domain in sorted(domains, key=len):
        m = re.search(
            r"(?<![\w.@])([A-Za-z0-9][\w.%+-]*)\s*["
            + re.escape(_AT_AS_LETTER)
            + r"][a-z]?\s*"
            + re.escape(domain)
            + r"\b",
            text,
            re.I,
        )
        if m and m.group(1).lower().strip(".") not in _NOT_LOCAL:
            return m.group(1), domain
    return None


def _at_before_company(text: str, evidence: set[str]) -> tuple[str, str] | None:
    """(local, domain) from `thomas_hughesCgranitewave.com` on a card without a website line, when the
    domain's label is spelled by the first words of another line (the company's name, `Granitewave`;
    `evidence` holds such runs) and its top-level domain is a real one."""
    for m in re.finditer(r"(?<![\w.@])([A-Za-z0-9][\w.%+-]*)\.((?:[A-Za-z]{2,3}\.)?[A-Za-z]{2,})\b", text):
        head, suffix = m.groups()
        if suffix.rsplit(".", 1)[-1].lower() not in TLDS or head.lower().startswith(("www", "http")):
            continue
        spelled = letters(head)
        # Every glyph in the token could be the `@`: the one after which the company's name follows.
        for i, glyph in enumerate(head):
            local, label = head[:i], head[i + 1 :]
            if (
                glyph in _AT_AS_LETTER
                and len(label) >= 3
                and label.lower() in evidence
                # a local part like a person's (`thomas_hughes`, `j.lee2`): a bare word before the
                # label is more often the rest of a website's name (`lux|e|hairstudio.com`)
                and re.search(r"\w[._\-\d]", local)
                and local.lower().strip(".") not in _NOT_LOCAL
                # a longer run of the card's words spelling the glyph too makes the token the company's
                # website: `oakridgefamilydental.com` under Oakridge Family Dental, not `oakridg@...`
                and not any(len(run) > len(letters(label)) and spelled.endswith(run) for run in evidence)
            ):
                return local, f"{label}.{suffix}".lower()
    return None


_NOT_LOCAL = frozenset({"www", "http", "https", "web", "w", "url", "site", "mail", "email", "e-mail", "e"})


def _dotless_domain(tail: str, evidence: set[str]) -> str | None:
    """`aurorade` -> `aurora.de` when the card's words (the company's name, `Aurora AG`) spell the label
    before a real top-level domain whose dot OCR lost (`co.jp` and `com.sg` too)."""
    m = re.match(r"[A-Za-z0-9-]{5,}\b", tail)
    if not m or "." in tail[: m.end() + 1]:
        return None
    token = m.group(0).lower()
    for cut in range(3, len(token) - 1):
        label, suffix = token[:cut], token[cut:]
        parts = [suffix] if suffix in TLDS else []
        parts += [f"{sld}.{suffix[len(sld) :]}" for sld in ("co", "com") if suffix.startswith(sld)]
        for dotted in parts:
            known = label.replace("-", "") in evidence or (label in FREE_MAIL_DOMAINS and dotted == "com")
            if dotted.rsplit(".", 1)[-1] in TLDS and known:
                return f"{label}.{dotted}"
    return None


def _joined_domain(tail: str, evidence: set[str]) -> str | None:
    """`crescent fieldenergy.com` -> `crescentfieldenergy.com` when a run of words elsewhere on the card
    (the company's name) spells the joined label, or it is a mail provider's (`out look. com`)."""
    m = re.match(
        r"([A-Za-z0-9-]+(?:\s+[A-Za-z0-9-]+){1,3})\s*\.\s*((?:[A-Za-z]{2,3}\.)?[A-Za-z]{2,})\b", tail
    )
    if not m or m.group(2).rsplit(".", 1)[-1].lower() not in TLDS:
        return None
    label = re.sub(r"\s+", "", m.group(1)).lower()
    domain = f"{label}.{m.group(2).lower()}"
    return domain if label.replace("-", "") in evidence or label in FREE_MAIL_DOMAINS else None
